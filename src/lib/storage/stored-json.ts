import { writeLocalValue } from './unkept-writes';
import type { WriteOutcome } from './write-outcome';

/** A schema that checks a value (a zod or zod/mini schema). */
export interface StoredValueSchema<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}

/** What a stored value turned out to be: absent, valid, or unreadable (and now removed). */
export type StoredResult<T> =
  { readonly status: 'absent' } | { readonly status: 'ok'; readonly value: T } | { readonly status: 'corrupt' };

/**
 * Reads a JSON value from localStorage and checks it with `schema`. A value that is not JSON or
 * does not fit the schema is removed, so it cannot fail again, and reported as `corrupt`; the
 * caller says so and falls back to its default. Storage that cannot be read counts as absent.
 */
export function readStoredJson<T>(key: string, schema: StoredValueSchema<T>): StoredResult<T> {
  let text: string | null;
  try {
    text = window.localStorage.getItem(key);
  } catch {
    return { status: 'absent' };
  }
  if (text === null) return { status: 'absent' };
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
