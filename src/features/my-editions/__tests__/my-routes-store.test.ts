import { keys } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { removeRoutes, type MyRoutesRecord } from '../model/my-routes';
import { clearMyRoutes, hasStoredRoutes } from '../store/my-routes-store';
import { CHUNK_SIZE, readStoredRecord, removeStoredRoutes, writeMyRoutes } from '../store/my-routes-chunks';

function recordOf(count: number): MyRoutesRecord {
  // Only the store's chunking is under test here: the routes need not be valid routes.
  const routes = Array.from({ length: count }, (_, index) => ({
    id: `r-${index}`,
  })) as unknown as MyRoutesRecord['routes'];
  return { version: 1, criteria: [], trends: [], tags: [], routes };
}

async function storedKeys(): Promise<string[]> {
  const { createStore } = await import('idb-keyval');
  return (await keys(createStore('route-atlas', 'my-routes'))).map(String).sort();
}

describe('My routes in IndexedDB', () => {
  it('stores a large record in chunks and reads it back whole, in order', async () => {
    const record = recordOf(2 * CHUNK_SIZE + 1);
    await writeMyRoutes(record);
    expect(await storedKeys()).toEqual(['meta', 'routes-0', 'routes-1', 'routes-2']);
    expect(await readStoredRecord()).toEqual(record);
  });

  it('drops the chunks a smaller record no longer needs, and clears everything', async () => {
    await writeMyRoutes(recordOf(2 * CHUNK_SIZE + 1));
    await writeMyRoutes(recordOf(3));
    expect(await storedKeys()).toEqual(['meta', 'routes-0']);
    expect(await readStoredRecord()).toEqual(recordOf(3));
    await clearMyRoutes();
    expect(await hasStoredRoutes()).toBe(false);
    expect(await readStoredRecord()).toBeUndefined();
  });

  it('passes a record whose chunks and count disagree on as it is, so its check fails', async () => {
    await writeMyRoutes(recordOf(CHUNK_SIZE + 1));
    const { createStore, del } = await import('idb-keyval');
    await del('routes-1', createStore('route-atlas', 'my-routes'));
    const read = (await readStoredRecord()) as { count?: number; routes: unknown[] };
    expect(read.count).toBe(CHUNK_SIZE + 1);
    expect(read.routes).toHaveLength(2);
  });
});

/** A record whose routes spread over trends and tags: route `r-i` is in trend `t-(i % 3)`, tagged `g-(i % 4)`. */
function recordWithTrendsOf(count: number): MyRoutesRecord {
  const routes = Array.from({ length: count }, (_, index) => ({
    id: `r-${index}`,
    trendId: `t-${index % 3}`,
    tags: [`g-${index % 4}`],
  })) as unknown as MyRoutesRecord['routes'];
  const trends = [0, 1, 2].map((index) => ({ id: `t-${index}` })) as unknown as MyRoutesRecord['trends'];
  const tags = [0, 1, 2, 3].map((index) => ({ id: `g-${index}` })) as unknown as MyRoutesRecord['tags'];
  return { version: 1, criteria: [], trends, tags, routes };
}

describe('Removing routes from My routes in IndexedDB', () => {
  it('stores what removing them from the record gives, trends and tags no route uses dropped', async () => {
    const record = recordWithTrendsOf(CHUNK_SIZE + 12);
    await writeMyRoutes(record);
    // Every route of trend t-1 and every route tagged g-2, from both chunks.
    const removed = new Set(
      record.routes.filter((_, index) => index % 3 === 1 || index % 4 === 2).map((route) => route.id),
    );
    expect(await removeStoredRoutes(removed)).toEqual({ write: { ok: true }, storedBefore: CHUNK_SIZE + 12 });
    const expected = removeRoutes(record, removed);
    expect(expected?.trends.map((trend) => trend.id)).toEqual(['t-0', 't-2']);
    expect(expected?.tags.map((tag) => tag.id)).toEqual(['g-0', 'g-1', 'g-3']);
    expect(await readStoredRecord()).toEqual(expected);
    expect(await storedKeys()).toEqual(['meta', 'routes-0', 'routes-1']);
  });

  it('clears the store when no route is left, and changes nothing for ids it does not hold', async () => {
    await writeMyRoutes(recordWithTrendsOf(3));
    expect(await removeStoredRoutes(new Set(['r-9']))).toEqual({ write: { ok: true }, storedBefore: 3 });
    expect(await readStoredRecord()).toEqual(recordWithTrendsOf(3));
    await removeStoredRoutes(new Set(['r-0', 'r-1', 'r-2']));
    expect(await hasStoredRoutes()).toBe(false);
  });

  it('leaves a record whose chunks and count disagree, or whose chunk count is corrupt, to the long way', async () => {
    await writeMyRoutes(recordWithTrendsOf(CHUNK_SIZE + 1));
    const { createStore, del } = await import('idb-keyval');
    await del('routes-1', createStore('route-atlas', 'my-routes'));
    const before = await readStoredRecord();
    expect(await removeStoredRoutes(new Set(['r-0']))).toBeUndefined();
    expect(await readStoredRecord()).toEqual(before);
    // A chunk count no stored keys can hold is never asked for (2^32 chunks throws, a million stalls).
    const { set } = await import('idb-keyval');
    await set('meta', { ...recordWithTrendsOf(0), count: 1, chunks: 2 ** 32 }, createStore('route-atlas', 'my-routes'));
    expect(await removeStoredRoutes(new Set(['r-0']))).toBeUndefined();
    await clearMyRoutes();
    expect(await removeStoredRoutes(new Set(['r-0']))).toBeUndefined();
  });
});

describe('My routes where the browser refuses', () => {
  it('says a write was not kept, and why, where the page has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const outcome = await writeMyRoutes(recordOf(3));
      expect(outcome).toMatchObject({ ok: false, failure: { reason: 'unavailable' } });
      expect(await hasStoredRoutes()).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
