import { del, entries, get, set } from 'idb-keyval';
import { createResilientStore } from '../../../lib/storage/resilient-store';
import { USER_EDITIONS_DATABASE, USER_EDITIONS_STORE } from '../../../lib/storage/keys';
import type { UserEdition, UserText } from '../model/user-edition';

/**
 * The reader's comparisons (user editions) in IndexedDB, one record per edition id:
 * `{ version, savedAt, edition }`. Apart from "My routes" (whose imports may run to hundreds of
 * thousands of routes, stored in chunks by its worker): a comparison is built by hand, so one
 * record holds it. Values are returned unchecked; `checkUserEdition` says what they are.
 */

/** Version of {@link StoredUserEdition}; a later version may read this one, never the reverse. */
export const USER_EDITION_RECORD_VERSION = 1;

/** One stored comparison. `savedAt`: milliseconds since the epoch. */
export interface StoredUserEdition {
  readonly version: typeof USER_EDITION_RECORD_VERSION;
  readonly savedAt: number;
  readonly edition: UserEdition;
}

/** What the edition picker lists of a stored comparison, without checking the whole of it. */
export interface UserEditionSummary {
  readonly id: string;
  readonly title: UserText;
  readonly routeCount: number;
  readonly savedAt: number;
}

// Reopened once when the database was closed or deleted under the page (see createResilientStore).
const editionsStore = createResilientStore(USER_EDITIONS_DATABASE, USER_EDITIONS_STORE);

/** True where the browser offers IndexedDB. */
function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A summary of every stored comparison, most recently saved first. A record too broken to name
 * is listed under its key with no title, so the reader can still open (and be told) or delete it.
 * Rejects when storage cannot be read; `[]` where there is no IndexedDB.
 */
export async function listStoredUserEditions(): Promise<UserEditionSummary[]> {
  if (!hasIndexedDb()) return [];
  const all = await editionsStore.run((store) => entries<string, unknown>(store));
  return all
    .map(([key, value]): UserEditionSummary => {
      const edition = isRecord(value) && isRecord(value.edition) ? value.edition : {};
      return {
        id: key,
        title: isRecord(edition.title) ? edition.title : {},
        routeCount: Array.isArray(edition.routes) ? edition.routes.length : 0,
        savedAt: isRecord(value) && typeof value.savedAt === 'number' ? value.savedAt : 0,
      };
    })
    .sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
}

/** The stored record of comparison `id`, unchecked, or `undefined` when none is stored. */
export async function readStoredUserEdition(id: string): Promise<unknown> {
  if (!hasIndexedDb()) return undefined;
  return editionsStore.run((store) => get(id, store));
}

/**
 * Stores `edition` under its id, replacing what was there; `savedAt` defaults to now. Rejects
 * with the browser's reason when it refuses (no IndexedDB, quota, storage blocked or cleared).
 */
export async function writeStoredUserEdition(edition: UserEdition, savedAt = Date.now()): Promise<void> {
  if (!hasIndexedDb()) throw new Error('IndexedDB is not available');
  const record: StoredUserEdition = { version: USER_EDITION_RECORD_VERSION, savedAt, edition };
  await editionsStore.run((store) => set(edition.id, record, store));
}

/** Deletes comparison `id` (nothing happens when none is stored). Rejects when storage refuses. */
export async function deleteStoredUserEdition(id: string): Promise<void> {
  if (!hasIndexedDb()) return;
  await editionsStore.run((store) => del(id, store));
}
