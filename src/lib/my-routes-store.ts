import { createStore, del, get, setMany, delMany, type UseStore } from 'idb-keyval';
import type { MyRoutesRecord } from '../domain/my-routes';

/**
 * "My routes" in IndexedDB (idb-keyval): the record under `record` and its route count under
 * `count`, so the page can offer the edition without reading (and checking) every route first.
 * IndexedDB rather than localStorage: an import may be tens of megabytes.
 */

let store: UseStore | undefined;

function myRoutesStore(): UseStore {
  store ??= createStore('route-atlas', 'my-routes');
  return store;
}

/** True where the browser offers IndexedDB (not in every private mode or test environment). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** The stored route count: a whole number ≥ 1, or 0 when nothing (or nothing readable) is stored. */
export async function readStoredCount(): Promise<number> {
  if (!hasIndexedDb()) return 0;
  const count: unknown = await get('count', myRoutesStore());
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 0;
}

/** The stored record as it is (unchecked: see `readMyRoutes`), or `undefined`. */
export async function readStoredRecord(): Promise<unknown> {
  if (!hasIndexedDb()) return undefined;
  return get('record', myRoutesStore());
}

/** Stores the record (replacing the stored one, which it extends) and its count. Rejects when the browser refuses. */
export async function writeMyRoutes(record: MyRoutesRecord): Promise<void> {
  if (!hasIndexedDb()) throw new Error('IndexedDB is not available');
  await setMany(
    [
      ['record', record],
      ['count', record.routes.length],
    ],
    myRoutesStore(),
  );
}

/** Deletes the stored record and count. */
export async function clearMyRoutes(): Promise<void> {
  if (!hasIndexedDb()) return;
  await delMany(['record', 'count'], myRoutesStore());
}

/** Deletes only the count, e.g. when the record turned out unreadable and was discarded with it. */
export async function clearStoredCount(): Promise<void> {
  if (!hasIndexedDb()) return;
  await del('count', myRoutesStore());
}
