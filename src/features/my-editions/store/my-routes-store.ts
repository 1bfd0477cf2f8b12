import { clear, delMany, get, getMany, keys, setMany } from 'idb-keyval';
import type { MyRoutesRecord } from '../model/my-routes';
import { createResilientStore } from '../../../lib/storage/resilient-store';
import { failedWrite, STORED, StorageUnavailableError, type WriteOutcome } from '../../../lib/storage/write-outcome';
import {
  MY_ROUTES_CHUNK_KEY_PATTERN,
  MY_ROUTES_DATABASE,
  MY_ROUTES_META_KEY,
  MY_ROUTES_STORE,
  myRoutesChunkKey,
} from '../../../lib/storage/keys';

/**
 * "My routes" in IndexedDB (idb-keyval): `meta` holds the record without its routes plus the route
 * count, and the routes follow in chunks (`routes-0`, `routes-1` …) of {@link CHUNK_SIZE}. A browser
 * refuses one value of a few hundred thousand routes; chunks of this size it stores. IndexedDB
 * rather than localStorage: an import may be tens of megabytes.
 */

/** Routes per stored chunk. */
export const CHUNK_SIZE = 20_000;

// Reopened once when the database was closed or deleted under the page (see createResilientStore).
const myRoutesStore = createResilientStore(MY_ROUTES_DATABASE, MY_ROUTES_STORE);

/** True where the browser offers IndexedDB (not in every private mode or test environment). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** True when anything of "My routes" is stored (readable or not: reading it says which). */
export async function hasStoredRoutes(): Promise<boolean> {
  if (!hasIndexedDb()) return false;
  return (await myRoutesStore.run((store) => keys(store))).length > 0;
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored record put back together, unchecked (see `validateStoredMyRoutes`), or `undefined` when
 * nothing is stored. Whatever is malformed is passed on as it is, so the check reports it.
 */
export async function readStoredRecord(): Promise<unknown> {
  if (!hasIndexedDb()) return undefined;
  return myRoutesStore.run(async (store) => {
    const storedKeys = await keys(store);
    if (storedKeys.length === 0) return undefined;
    const meta: unknown = await get(MY_ROUTES_META_KEY, store);
    // A chunk count beyond the stored keys is corrupt, and asking for 2^32 chunks throws (a mere
    // million stalls the read): such a meta is passed on as it is, for the check to report.
    if (
      !isRecordLike(meta) ||
      !Number.isInteger(meta.chunks) ||
      (meta.chunks as number) < 0 ||
      (meta.chunks as number) > storedKeys.length
    ) {
      return meta ?? {};
    }
    const chunkKeys = Array.from({ length: meta.chunks as number }, (_, index) => myRoutesChunkKey(index));
    const chunks: unknown[] = await getMany(chunkKeys, store);
    const { count, ...rest } = meta;
    delete rest.chunks;
    const routes = chunks.every(Array.isArray) ? (chunks as unknown[][]).flat() : chunks;
    // A count that disagrees with the chunks means a chunk is missing or extra.
    return count === (Array.isArray(routes) ? routes.length : -1) ? { ...rest, routes } : { ...rest, routes, count };
  });
}

/**
 * Stores the record (replacing the stored one) in chunks. Never rejects: resolves with what became
 * of the write, a refusal sorted by why (no IndexedDB: `unavailable`; a full disk: `quota` …).
 */
export async function writeMyRoutes(record: MyRoutesRecord): Promise<WriteOutcome> {
  if (!hasIndexedDb()) return failedWrite(new StorageUnavailableError('This browser offers no IndexedDB to this page'));
  const { routes, ...rest } = record;
  const chunks: (readonly unknown[])[] = [];
  for (let start = 0; start < routes.length; start += CHUNK_SIZE) chunks.push(routes.slice(start, start + CHUNK_SIZE));
  try {
    await myRoutesStore.run(async (store) => {
      await setMany(
        [
          [MY_ROUTES_META_KEY, { ...rest, count: routes.length, chunks: chunks.length }],
          ...chunks.map((chunk, index): [string, readonly unknown[]] => [myRoutesChunkKey(index), chunk]),
        ],
        store,
      );
      const stale = (await keys(store)).filter((key) => {
        const match = typeof key === 'string' ? MY_ROUTES_CHUNK_KEY_PATTERN.exec(key) : null;
        return match !== null && Number(match[1]) >= chunks.length;
      });
      if (stale.length > 0) await delMany(stale, store);
    });
    return STORED;
  } catch (error) {
    return failedWrite(error);
  }
}

/** Deletes everything stored of "My routes"; resolves with what became of it (see {@link writeMyRoutes}). */
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
