import { writeLocalValue } from './unkept-writes';
import type { WriteOutcome } from './write-outcome';

/** A schema that checks a value (a zod or zod/mini schema). */
export interface StoredValueSchema<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}

/**
 * The check of a stored value, loaded when a value is there to check (see {@link lazyStoredValueSchema}):
 * the checks (zod) stay out of a first visit's script, which finds nothing stored.
 */
export interface LazyStoredValueSchema<T> {
  /** The localStorage key whose value it checks. */
  readonly key: string;
  /** The check, once {@link LazyStoredValueSchema.load} has settled. */
  readonly loaded: () => StoredValueSchema<T> | undefined;
  /** Loads the check (once; later calls share the first load). */
  readonly load: () => Promise<StoredValueSchema<T>>;
}

// Every lazy check made so far, by key: boot loads those whose key holds a value before the first
// render, so the first render reads stored values as it did when the checks were bundled.
const lazySchemas = new Map<string, LazyStoredValueSchema<unknown>>();

/**
 * The check of the value under `key`, from `load` (a dynamic import of the module that holds the
 * schema). Made at module level next to the hook that reads the value, so it is known before the
 * first render (see {@link loadStoredValueSchemas}).
 */
export function lazyStoredValueSchema<T>(
  key: string,
  load: () => Promise<StoredValueSchema<T>>,
): LazyStoredValueSchema<T> {
  let schema: StoredValueSchema<T> | undefined;
  let loading: Promise<StoredValueSchema<T>> | undefined;
  const lazy: LazyStoredValueSchema<T> = {
    key,
    loaded: () => schema,
    load: () =>
      (loading ??= load().then(
        (loadedSchema) => (schema = loadedSchema),
        (error: unknown) => {
          // A failed load (offline without the service worker) may be tried again.
          loading = undefined;
          throw error;
        },
      )),
  };
  lazySchemas.set(key, lazy);
  return lazy;
}

function isStored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/**
 * Loads the check of every value that is stored (`which: 'stored'`, what boot awaits before the
 * first render: nothing on a first visit) or of every lazy check there is (`'all'`, for tests that
 * store values as they go).
 */
export async function loadStoredValueSchemas(which: 'stored' | 'all' = 'stored'): Promise<void> {
  await Promise.all(
    [...lazySchemas.values()].filter((lazy) => which === 'all' || isStored(lazy.key)).map((lazy) => lazy.load()),
  );
}

/**
 * What a stored value turned out to be: absent, valid, unreadable (and now removed), or not yet
 * checked (its lazy check has not loaded).
 */
export type StoredResult<T> =
  | { readonly status: 'absent' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'corrupt' }
  | { readonly status: 'unchecked' };

/**
 * Reads a JSON value from localStorage and checks it with `schema`. A value that is not JSON or
 * does not fit the schema is removed, so it cannot fail again, and reported as `corrupt`; the
 * caller says so and falls back to its default. Storage that cannot be read counts as absent. A
 * value whose lazy check has not loaded is left as it is and reported as `unchecked`.
 */
export function readStoredJson<T>(
  key: string,
  schemaOrLazy: StoredValueSchema<T> | LazyStoredValueSchema<T>,
): StoredResult<T> {
  let text: string | null;
  try {
    text = window.localStorage.getItem(key);
  } catch {
    return { status: 'absent' };
  }
  if (text === null) return { status: 'absent' };
  const schema = 'safeParse' in schemaOrLazy ? schemaOrLazy : schemaOrLazy.loaded();
  if (!schema) return { status: 'unchecked' };
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { status: 'ok', value: parsed.data };
  } catch {
    // Not JSON: reported below like any other unreadable value.
  }
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing more to do: the default applies for this visit.
  }
  return { status: 'corrupt' };
}

/**
 * Stores `value` as JSON under `key`. Storage that is full or blocked keeps nothing: the caller's
 * state still applies for this visit, and the page's notice names the value once (see
 * `writeLocalValue`).
 *
 * @returns whether it was stored, and if not why. Never throws.
 */
export function writeStoredJson(key: string, value: unknown): WriteOutcome {
  return writeLocalValue(key, JSON.stringify(value));
}
