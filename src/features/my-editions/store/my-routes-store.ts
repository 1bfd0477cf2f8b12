import { clear, keys } from 'idb-keyval';
import { createResilientStore } from '../../../lib/storage/resilient-store';
import { failedWrite, STORED, type WriteOutcome } from '../../../lib/storage/write-outcome';
import { MY_ROUTES_DATABASE, MY_ROUTES_STORE } from '../../../lib/storage/keys';

/**
 * "My routes" in IndexedDB (idb-keyval): `meta` holds the record without its routes plus the route
 * count, and the routes follow in chunks (`routes-0`, `routes-1` …), read and written by
 * `my-routes-chunks.ts` in the import worker. This module is what the page itself needs: whether
 * anything is stored, and clearing it. IndexedDB rather than localStorage: an import may be tens
 * of megabytes.
 */

// Reopened once when the database was closed or deleted under the page (see createResilientStore).
export const myRoutesStore = createResilientStore(MY_ROUTES_DATABASE, MY_ROUTES_STORE);

/** True where the browser offers IndexedDB (not in every private mode or test environment). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** True when anything of "My routes" is stored (readable or not: reading it says which). */
export async function hasStoredRoutes(): Promise<boolean> {
  if (!hasIndexedDb()) return false;
  return (await myRoutesStore.run((store) => keys(store))).length > 0;
}

/** Deletes everything stored of "My routes"; resolves with what became of it (a refusal sorted by why, as `failedWrite` sorts it). */
export async function clearMyRoutes(): Promise<WriteOutcome> {
  // Nothing can be stored where there is no IndexedDB: nothing to delete either.
  if (!hasIndexedDb()) return STORED;
  try {
    await myRoutesStore.run((store) => clear(store));
    return STORED;
  } catch (error) {
    return failedWrite(error);
  }
}
