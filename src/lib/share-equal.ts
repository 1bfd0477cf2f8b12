/** A plain object literal (not an array, a class instance, a map or a date). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * `next`, with every part equal to the same part of `previous` replaced by `previous`'s (structural
 * sharing): `previous` itself when the two are deeply equal, otherwise a copy of `next` whose equal
 * arrays and plain objects, at any depth, are `previous`'s own. Memos, effects and memoised
 * components that depend on a part then run again only when that part's content changes, however
 * often the whole is rebuilt (a view state decoded anew from the address on every change).
 *
 * Compares arrays item by item and plain objects key by key (a key set to `undefined` differs from
 * a missing one); anything else by `Object.is`. Neither argument is changed. Meant for JSON-like
 * values: there is no guard against cycles.
 */
export function shareEqual<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    const shared = next.map((item: unknown, index) => {
      const part = shareEqual<unknown>(previous[index], item);
      if (!Object.is(part, previous[index])) same = false;
      return part;
    });
    return (same ? previous : shared) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const shared: Record<string, unknown> = {};
    for (const key of keys) {
      shared[key] = shareEqual(previous[key], next[key]);
      if (!Object.hasOwn(previous, key) || !Object.is(shared[key], previous[key])) same = false;
    }
    return (same ? previous : shared) as T;
  }
  return next;
}
