import { useCallback, useSyncExternalStore } from 'react';
import { COLUMN_VISIBILITY_KEY, LANGUAGE_STORAGE_KEY, SCORE_OVERRIDES_KEY, THEME_STORAGE_KEY } from './keys';
import { failedWrite, STORED, type StorageFailure, type WriteOutcome } from './write-outcome';

/**
 * The small choices kept in localStorage (language, theme, columns, own scores) are written on
 * every change. When the browser refuses (a private window, storage turned off, a full disk) the
 * choice still applies for the visit, and the page says so once per value: one notice that names
 * every value not kept and why, shown again only when another value joins it.
 */

/** A value kept in localStorage, as the notice names it (`storage.values.<name>`). */
export type LocalValueName = 'language' | 'theme' | 'columns' | 'scores';

const NAMES: Readonly<Record<string, LocalValueName>> = {
  [LANGUAGE_STORAGE_KEY]: 'language',
  [THEME_STORAGE_KEY]: 'theme',
  [COLUMN_VISIBILITY_KEY]: 'columns',
  [SCORE_OVERRIDES_KEY]: 'scores',
};

/** What the notice says: the values not kept this visit (in the order they failed) and the last reason. */
export interface UnkeptWrites {
  readonly values: readonly LocalValueName[];
  readonly failure: StorageFailure | undefined;
  /** True while a value not kept has not been said yet (the notice shows). */
  readonly unsaid: boolean;
}

const NONE: UnkeptWrites = { values: [], failure: undefined, unsaid: false };
let state: UnkeptWrites = NONE;
const listeners = new Set<() => void>();

function publish(next: UnkeptWrites): void {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Records what became of a write to localStorage under `key` (one of `lib/storage/keys`): a refusal
 * makes the notice name the value, unless it was named already this visit.
 */
export function noteLocalWrite(key: string, outcome: WriteOutcome): void {
  if (outcome.ok) return;
  const name = NAMES[key];
  if (!name) return;
  const known = state.values.includes(name);
  publish({
    values: known ? state.values : [...state.values, name],
    failure: outcome.failure,
    unsaid: state.unsaid || !known,
  });
}

/**
 * Writes `text` to localStorage under `key` and reports it (see {@link noteLocalWrite}).
 *
 * @returns `{ ok: true }` when stored; otherwise why not. Never throws.
 */
export function writeLocalValue(key: string, text: string): WriteOutcome {
  let outcome: WriteOutcome;
  try {
    window.localStorage.setItem(key, text);
    outcome = STORED;
  } catch (error) {
    outcome = failedWrite(error);
  }
  noteLocalWrite(key, outcome);
  return outcome;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The values not kept this visit, and a way to mark them said (the notice's Dismiss). */
export function useUnkeptWrites(): UnkeptWrites & { readonly dismiss: () => void } {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => NONE,
  );
  const dismiss = useCallback(() => publish({ ...state, unsaid: false }), []);
  return { ...current, dismiss };
}

/** Forgets every refusal (tests start each case afresh). */
export function resetUnkeptWrites(): void {
  publish(NONE);
}
