import { useCallback, useEffect, useState } from 'react';
import {
  readStoredJson,
  writeStoredJson,
  type LazyStoredValueSchema,
  type StoredValueSchema,
} from '../lib/storage/stored-json';

/** A new value, or a function from the current value to the new one (as React's `setState` takes). */
export type StoredStateUpdate<T> = T | ((current: T) => T);

const unchanged = <T>(value: T): T => value;

/** What {@link useStoredState} returns. */
export interface StoredState<T> {
  /** The current value: the stored one when it was valid, else the fallback, then each set value. */
  readonly value: T;
  /** Sets the value (after `normalize`) and stores it; storage that is full or blocked keeps it for this visit. */
  readonly setValue: (update: StoredStateUpdate<T>) => void;
  /** True when the stored value could not be read and was discarded, until dismissed: the UI says so. */
  readonly storageProblem: boolean;
  readonly dismissStorageProblem: () => void;
}

/**
 * State kept in localStorage under `key` as JSON, checked by `schema` when it is read (once, on
 * mount). A lazy schema (`lazyStoredValueSchema`) is loaded by boot before the first render when a
 * value is stored; should it not be loaded yet, the fallback shows until it is, then the stored value. Nothing stored, or storage that cannot be read, gives `fallback`; a stored value that
 * is not JSON or does not fit the schema is removed, gives `fallback` and sets `storageProblem`.
 *
 * `normalize`, when given, is applied to the stored value on reading and to every new value before
 * it is kept and stored (e.g. to drop an entry that must never be saved). `T` must not be a
 * function type: a function passed to `setValue` is an update, as with `setState`. Updates are
 * stored from within React's state update, so each stored value is the one on screen.
 */
export function useStoredState<T>(
  key: string,
  schema: StoredValueSchema<T> | LazyStoredValueSchema<T>,
  fallback: T,
  normalize: (value: T) => T = unchanged,
): StoredState<T> {
  const [initial] = useState(() => readStoredJson(key, schema));
  const [value, setState] = useState<T>(() => (initial.status === 'ok' ? normalize(initial.value) : fallback));
  const [storageProblem, setStorageProblem] = useState(initial.status === 'corrupt');
  const setValue = useCallback(
    (update: StoredStateUpdate<T>) => {
      setState((current) => {
        const next = normalize(typeof update === 'function' ? (update as (current: T) => T)(current) : update);
        writeStoredJson(key, next);
        return next;
      });
    },
    // Stable as long as `normalize` is (a module-level function): callers keep `setValue` in
    // effect and memo dependencies.
    [key, normalize],
  );
  const dismissStorageProblem = useCallback(() => setStorageProblem(false), []);
  useEffect(() => {
    if (initial.status !== 'unchecked' || 'safeParse' in schema) return;
    let current = true;
    schema.load().then(
      () => {
        const checked = readStoredJson(key, schema);
        // A value set meanwhile is the reader's and stays.
        if (!current) return;
        if (checked.status === 'ok') setState((shown) => (shown === fallback ? normalize(checked.value) : shown));
        if (checked.status === 'corrupt') setStorageProblem(true);
      },
      () => {
        // The check could not load (offline without the service worker): the fallback stays for this visit.
      },
    );
    return () => {
      current = false;
    };
    // Once, for the value found on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { value, setValue, storageProblem, dismissStorageProblem };
}
