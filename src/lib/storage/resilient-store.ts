import type { UseStore } from 'idb-keyval';
import { classifyStorageError, StorageUnavailableError } from './write-outcome';

/**
 * An IndexedDB object store for idb-keyval's functions (`get`, `setMany`, `keys` …) that survives
 * what idb-keyval's own `createStore` does not:
 *
 * - the connection closed under the page (Safari closes background tabs' connections; clearing
 *   site data closes and deletes the database): idb-keyval keeps handing out the dead connection
 *   unless its `close` event fired, and every transaction then throws `InvalidStateError`;
 * - another store of the same database (another user-edition store) needing a version upgrade:
 *   a connection that ignores `versionchange` blocks it for as long as the tab is open;
 * - a database that exists without this object store (created by another store first): idb-keyval
 *   only creates its store when it creates the database, so every call would fail `NotFoundError`.
 */
export interface ResilientStore {
  /**
   * Runs `operation` (which calls idb-keyval's functions with the store it is given) and resolves
   * with its result. When it fails for any reason but a full disk or storage the browser withholds,
   * the connection is dropped, the database opened afresh (created again if it was deleted) and
   * `operation` run once more: so it must be safe to repeat, as a whole.
   *
   * @throws what the second attempt throws; a full disk (`QuotaExceededError`) and storage that
   * cannot be opened at all ({@link StorageUnavailableError}, `SecurityError`) at once, with no retry.
   * Sort it with `classifyStorageError`.
   */
  run<T>(operation: (store: UseStore) => Promise<T>): Promise<T>;
}

/** Opens `databaseName` with `storeName` in it, upgrading the database when the store is missing. */
function openDatabase(databaseName: string, storeName: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StorageUnavailableError('This browser offers no IndexedDB to this page'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = version === undefined ? indexedDB.open(databaseName) : indexedDB.open(databaseName, version);
    } catch (error) {
      // Storage turned off: some browsers throw at once (SecurityError) instead of failing the request.
      reject(new StorageUnavailableError(classifyStorageError(error).message));
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
    };
    request.onsuccess = () => {
      const database = request.result;
      if (database.objectStoreNames.contains(storeName)) {
        resolve(database);
        return;
      }
      const next = database.version + 1;
      database.close();
      openDatabase(databaseName, storeName, next).then(resolve, reject);
    };
    request.onerror = () => {
      const failure = classifyStorageError(request.error);
      // A full disk is said as such; anything else that refuses to open means no storage here
      // (Firefox's private windows refuse IndexedDB this way).
      reject(
        failure.reason === 'quota' && request.error ? request.error : new StorageUnavailableError(failure.message),
      );
    };
  });
}

/**
 * A {@link ResilientStore} for `storeName` in the database `databaseName`. Nothing is opened until
 * the first `run`; where the browser has no IndexedDB, every `run` rejects with
 * {@link StorageUnavailableError}.
 */
export function createResilientStore(databaseName: string, storeName: string): ResilientStore {
  let connection: Promise<IDBDatabase> | undefined;

  const connect = (): Promise<IDBDatabase> => {
    const opening = openDatabase(databaseName, storeName).then(
      (database) => {
        const forget = () => {
          if (connection === opening) connection = undefined;
        };
        database.onclose = forget;
        // Another connection wants to upgrade or delete the database (a new store, "clear site
        // data"): let it, and open afresh next time.
        database.onversionchange = () => {
          database.close();
          forget();
        };
        return database;
      },
      (error: unknown) => {
        if (connection === opening) connection = undefined;
        throw error;
      },
    );
    connection = opening;
    return opening;
  };

  const drop = async () => {
    const stale = connection;
    connection = undefined;
    try {
      (await stale)?.close();
    } catch {
      // It never opened: nothing to close.
    }
  };

  const store: UseStore = (mode, callback) =>
    (connection ?? connect()).then((database) =>
      callback(database.transaction(storeName, mode).objectStore(storeName)),
    );

  return {
    async run(operation) {
      try {
        return await operation(store);
      } catch (error) {
        const { reason } = classifyStorageError(error);
        if (reason === 'quota' || reason === 'unavailable') throw error;
        await drop();
        return operation(store);
      }
    },
  };
}
