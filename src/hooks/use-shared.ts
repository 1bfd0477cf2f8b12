import { useState } from 'react';
import { shareEqual } from '../lib/share-equal';

/**
 * `value`, with every part whose content is unchanged since the last render kept as the object it
 * was then (structural sharing, see `shareEqual`): the same object for as long as the content
 * stays the same, however often the caller builds a new one. Memos, effects and memoised
 * components that depend on it, or on one of its parts, then run again only when that content
 * changes. For small JSON-like values (a view state, weights, filters): a new object is compared
 * in full; the same object as last time is not compared again.
 */
export function useShared<T>(value: T): T {
  const [held, setHeld] = useState({ value, shared: value });
  // A memoised value comes back as the same object on most renders: no need to compare it again.
  if (Object.is(held.value, value)) return held.shared;
  const shared = shareEqual(held.shared, value);
  // Adjusting state during render: React renders this component again at once, before its
  // children. Only when the content changed, or a caller building a new object each render would
  // be rendered again without end.
  if (!Object.is(shared, held.shared)) setHeld({ value, shared });
  return shared;
}
