import type { TFunction } from 'i18next';

/** A `t` that remembers, and the way to make it forget (when strings are added). */
export interface RememberingT {
  readonly t: TFunction;
  readonly forget: () => void;
}

// Beyond this many remembered texts, start afresh: a page uses a few hundred; this only bounds a
// caller that builds keys or options from data.
const MAX_REMEMBERED = 5_000;

/**
 * The cache key of a call, or `undefined` when the call is not remembered: only a single string key
 * with no options, or with options whose values are all strings, numbers, booleans, `null` or
 * `undefined` (an object or array option, e.g. `returnObjects` data or nested values, is not).
 * Each value carries its type, so `count: 1` and `count: '1'` are told apart.
 */
function callKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  let cacheKey = key;
  for (const [name, value] of Object.entries(options)) {
    if (value !== null && typeof value === 'object') return undefined;
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    cacheKey += `\u0001${name}\u0002${typeof value}\u0002${String(value)}`;
  }
  return cacheKey;
}

/**
 * Wraps one language's `t` (i18next's `getFixedT`) so that a call made before with the same key and
 * the same plain options returns the same string without asking i18next again. i18next resolves,
 * interpolates, formats and post-processes on every call (tens of microseconds each), and the page
 * asks for the same few labels thousands of times: a score's title in every cell of the table, on
 * hydration, on every sort and on a language switch.
 *
 * Only string results are remembered; anything else (objects asked with `returnObjects`) and calls
 * {@link callKey} leaves out go to i18next each time. Call `forget` when strings are added to the
 * instance (a part's on-demand strings): a key asked for before its strings loaded would otherwise
 * keep answering with the key itself.
 *
 * @param t one language's `t`
 * @returns the remembering `t` (same signature) and `forget`
 */
export function rememberingT(t: TFunction): RememberingT {
  const remembered = new Map<string, string>();
  const ask = t as unknown as (key: unknown, options?: unknown) => unknown;
  const wrapped = (key: unknown, options?: unknown): unknown => {
    const cacheKey = callKey(key, options);
    if (cacheKey === undefined) return ask(key, options);
    const known = remembered.get(cacheKey);
    if (known !== undefined) return known;
    const text = ask(key, options);
    if (typeof text === 'string') {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(cacheKey, text);
    }
    return text;
  };
  return { t: Object.assign(wrapped, t), forget: () => remembered.clear() };
}
