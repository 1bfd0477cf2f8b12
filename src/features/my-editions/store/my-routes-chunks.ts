import { clear, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { removeRoutes, type MyRoutesRecord } from '../model/my-routes';
import { failedWrite, STORED, StorageUnavailableError, type WriteOutcome } from '../../../lib/storage/write-outcome';
import { MY_ROUTES_CHUNK_KEY_PATTERN, MY_ROUTES_META_KEY, myRoutesChunkKey } from '../../../lib/storage/keys';
import { hasIndexedDb, myRoutesStore } from './my-routes-store';

/**
 * The routes of "My routes" in their chunks (`routes-0`, `routes-1` …) of {@link CHUNK_SIZE}, under
 * the record in `meta` (with the route and chunk counts): a browser refuses one value of a few
 * hundred thousand routes, and chunks of this size it stores. Used by the import worker only, so
 * the page's own script does not carry it.
 */

/** Routes per stored chunk. */
export const CHUNK_SIZE = 20_000;

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored record (`meta`) and its chunks, as stored and unchecked; `chunks` is missing when the
 * record gives no chunk count the stored keys can hold. `undefined` when nothing is stored.
 */
async function readChunks(store: UseStore): Promise<{ meta: unknown; chunks?: unknown[] } | undefined> {
  const storedKeys = await keys(store);
  if (storedKeys.length === 0) return undefined;
  const meta: unknown = await get(MY_ROUTES_META_KEY, store);
  // A chunk count beyond the stored keys is corrupt, and asking for 2^32 chunks throws (a mere
  // million stalls the read).
  if (
    !isRecordLike(meta) ||
    !Number.isInteger(meta.chunks) ||
    (meta.chunks as number) < 0 ||
    (meta.chunks as number) > storedKeys.length
  ) {
    return { meta };
  }
  const chunkKeys = Array.from({ length: meta.chunks as number }, (_, index) => myRoutesChunkKey(index));
  return { meta, chunks: await getMany(chunkKeys, store) };
}

/**
 * The stored record put back together, unchecked (see `validateStoredMyRoutes`), or `undefined` when
 * nothing is stored. Whatever is malformed is passed on as it is, so the check reports it.
 */
export async function readStoredRecord(): Promise<unknown> {
  if (!hasIndexedDb()) return undefined;
  return myRoutesStore.run(async (store) => {
    const read = await readChunks(store);
    if (!read) return undefined;
    const { meta, chunks } = read;
    if (!chunks || !isRecordLike(meta)) return meta ?? {};
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

/** What {@link removeStoredRoutes} did: the write's outcome, and how many routes were stored before it. */
export interface StoredRemoval {
  readonly write: WriteOutcome;
  readonly storedBefore: number;
}

/**
 * Removes the routes whose ids are in `routeIds` from the stored "My routes", rewriting only the
 * chunks that held one, and the record's trends and tags that no route left uses. Neither checks
 * nor rewrites the rest: after an import of 300 000 routes, checking and storing them all again
 * took 13–20 s for one removal. Removing the last route clears the store.
 *
 * Resolves `undefined`, having changed nothing, when nothing is stored or what is stored is not
 * plain chunks of routes under a readable record (the caller then goes the long way, which checks
 * it); otherwise with the write's outcome (a refusal sorted by why) and the count stored before.
 * Never rejects.
 */
export async function removeStoredRoutes(routeIds: ReadonlySet<string>): Promise<StoredRemoval | undefined> {
  if (!hasIndexedDb()) return undefined;
  try {
    return await myRoutesStore.run(async (store): Promise<StoredRemoval | undefined> => {
      const read = await readChunks(store);
      const meta = read?.meta;
      if (!read?.chunks || !isRecordLike(meta) || !Array.isArray(meta.trends) || !Array.isArray(meta.tags)) {
        return undefined;
      }
      if (!read.chunks.every(Array.isArray)) return undefined;
      const chunks = read.chunks as Record<string, unknown>[][];
      const routes = chunks.flat();
      if (routes.length !== meta.count || !routes.every(isRecordLike)) return undefined;
      // The model's own rule for what a removal leaves (the trends and tags no route left uses),
      // on routes that are records but were not checked: the long way checks them.
      const next = removeRoutes({ ...meta, routes } as unknown as MyRoutesRecord, routeIds);
      if (!next) {
        await clear(store);
        return { write: STORED, storedBefore: routes.length };
      }
      const changed = chunks.flatMap((chunk, index): [string, unknown[]][] => {
        const kept = chunk.filter((route) => !routeIds.has(route.id as string));
        return kept.length === chunk.length ? [] : [[myRoutesChunkKey(index), kept]];
      });
      const record = { ...meta, trends: next.trends, tags: next.tags, count: next.routes.length };
      // One transaction for the chunks and the record: both are stored, or neither.
      if (changed.length > 0) await setMany([...changed, [MY_ROUTES_META_KEY, record]], store);
      return { write: STORED, storedBefore: routes.length };
    });
  } catch (error) {
    return { write: failedWrite(error), storedBefore: 0 };
  }
}
