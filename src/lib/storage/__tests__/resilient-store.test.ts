import { get, keys, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResilientStore } from '../resilient-store';
import { classifyStorageError, StorageUnavailableError } from '../write-outcome';

const DATABASE = 'resilient-store-test';

/** Every connection the store opens, so a test can close or delete the database under it. */
function spyOnOpen(): IDBDatabase[] {
  const opened: IDBDatabase[] = [];
  const open = indexedDB.open.bind(indexedDB);
  vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
    const request = version === undefined ? open(name) : open(name, version);
    request.addEventListener('success', () => opened.push(request.result));
    return request;
  });
  return opened;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteDatabase(DATABASE);
});

describe('createResilientStore', () => {
  it('stores and reads back through idb-keyval, on one connection', async () => {
    const opened = spyOnOpen();
    const store = createResilientStore(DATABASE, 'things');
    await store.run((use) => set('a', { n: 1 }, use));
    expect(await store.run((use) => get('a', use))).toEqual({ n: 1 });
    expect(opened).toHaveLength(1);
  });

  it('reopens a connection that was closed without telling the page, and the write lands', async () => {
    const opened = spyOnOpen();
    const store = createResilientStore(DATABASE, 'things');
    await store.run((use) => set('a', 1, use));
    // What Safari does to a background tab: the connection is closed and no close event comes.
    opened[0]?.close();
    await store.run((use) => set('b', 2, use));
    expect(opened).toHaveLength(2);
    expect(await store.run((use) => keys(use))).toEqual(['a', 'b']);
  });

  it('creates the database again when it was deleted under the page (site data cleared)', async () => {
    const store = createResilientStore(DATABASE, 'things');
    await store.run((use) => set('a', 1, use));
    // Its connection closes on versionchange, so the deletion is not blocked by the open tab.
    await deleteDatabase(DATABASE);
    await store.run((use) => set('b', 2, use));
    expect(await store.run((use) => keys(use))).toEqual(['b']);
  });

  it('adds its object store to a database another store created first', async () => {
    const first = createResilientStore(DATABASE, 'editions');
    await first.run((use) => set('e', 'edition', use));
    const second = createResilientStore(DATABASE, 'comparisons');
    await second.run((use) => set('c', 'comparison', use));
    // The first store's open connection let the upgrade through and opens afresh.
    expect(await first.run((use) => get('e', use))).toBe('edition');
    expect(await second.run((use) => get('c', use))).toBe('comparison');
  });

  it('tries a failed operation once more, and reports the second failure', async () => {
    const store = createResilientStore(DATABASE, 'things');
    const operation = vi.fn(() => Promise.reject(new DOMException('The transaction was aborted.', 'AbortError')));
    await expect(store.run(operation)).rejects.toThrow('The transaction was aborted.');
    expect(operation).toHaveBeenCalledTimes(2);
  });

  it('reports a full disk at once, without a retry', async () => {
    const store = createResilientStore(DATABASE, 'things');
    const quota = new DOMException('Quota exceeded.', 'QuotaExceededError');
    const operation = vi.fn(() => Promise.reject(quota));
    await expect(store.run(operation)).rejects.toBe(quota);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(classifyStorageError(quota)).toEqual({ reason: 'quota', message: 'Quota exceeded.' });
  });

  it('says storage is unavailable when opening throws (storage turned off)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Access to storage is not allowed.', 'SecurityError');
    });
    const store = createResilientStore(DATABASE, 'things');
    const error: unknown = await store.run((use) => set('a', 1, use)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(classifyStorageError(error)).toEqual({
      reason: 'unavailable',
      message: 'Access to storage is not allowed.',
    });
  });

  it('says storage is unavailable where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const store = createResilientStore(DATABASE, 'things');
      const error: unknown = await store.run((use) => keys(use)).catch((caught: unknown) => caught);
      expect(classifyStorageError(error).reason).toBe('unavailable');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('classifyStorageError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' }, 'quota'],
    [new DOMException('The database connection is closing.', 'InvalidStateError'), 'closed'],
    [new DOMException('No objectStore named things', 'NotFoundError'), 'closed'],
    [new DOMException('denied', 'SecurityError'), 'unavailable'],
    [new Error('disk on fire'), 'failed'],
    ['a string', 'failed'],
  ] as const)('%o is %s', (error, reason) => {
    expect(classifyStorageError(error).reason).toBe(reason);
  });
});
