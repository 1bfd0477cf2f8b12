import { keys } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import type { MyRoutesRecord } from '../model/my-routes';
import { CHUNK_SIZE, clearMyRoutes, hasStoredRoutes, readStoredRecord, writeMyRoutes } from '../store/my-routes-store';

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
