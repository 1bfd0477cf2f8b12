/**
 * What became of one write to the browser's storage, in a shape that crosses a worker's
 * `postMessage` (plain data) and that the UI turns into a translated sentence: stored, or not
 * stored and why. Every store (localStorage values, IndexedDB editions) reports its writes with it.
 */

/**
 * Why a write was not kept:
 * - `unavailable`: the browser offers no storage to this page (private mode, storage or cookies
 *   turned off, no IndexedDB); it will not change during the visit;
 * - `quota`: the site's share of the disk is full;
 * - `closed`: the database was closed or deleted under the page (site data cleared) and could not
 *   be opened again;
 * - `failed`: anything else the browser refused.
 */
export type StorageFailureReason = 'unavailable' | 'quota' | 'closed' | 'failed';

/** A write the browser refused: why (see {@link StorageFailureReason}) and the browser's own words, for details. */
export interface StorageFailure {
  readonly reason: StorageFailureReason;
  readonly message: string;
}

/** One write's outcome: `{ ok: true }`, or `{ ok: false, failure }`. */
export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure };

/** The outcome of a write that was kept. */
export const STORED: WriteOutcome = { ok: true };

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** The error's message, or its text when it is no `Error`. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message) || nameOf(error) || 'unknown error';
  }
  return String(error);
}

/**
 * Sorts an error thrown by localStorage or IndexedDB into a {@link StorageFailure}:
 * `QuotaExceededError` (Firefox: `NS_ERROR_DOM_QUOTA_REACHED`) is `quota`; `SecurityError` (storage
 * turned off) and {@link StorageUnavailableError} are `unavailable`; `InvalidStateError` (a closing
 * connection), `AbortError` and `NotFoundError` (a transaction cut off, a store deleted under the
 * page) are `closed`; anything else is `failed`.
 */
export function classifyStorageError(error: unknown): StorageFailure {
  const message = messageOf(error);
  const name = nameOf(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message))
    return { reason: 'quota', message };
  if (name === 'SecurityError' || name === 'StorageUnavailableError') return { reason: 'unavailable', message };
  if (name === 'InvalidStateError' || name === 'AbortError' || name === 'NotFoundError')
    return { reason: 'closed', message };
  return { reason: 'failed', message };
}

/** Thrown where the browser offers no storage of the kind a store needs (no `indexedDB` at all). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** The {@link WriteOutcome} of a write that threw `error`. */
export function failedWrite(error: unknown): WriteOutcome {
  return { ok: false, failure: classifyStorageError(error) };
}
