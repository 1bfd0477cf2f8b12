import { useState } from 'react';
import { shareEqual } from '../lib/share-equal';

/**
 * `value`, with every part whose content is unchanged since the last render kept as the object it
 * was then (structural sharing, see `shareEqual`): the same object for as long as the content
 * stays the same, however often the caller builds a new one. Memos, effects and memoised
 * components that depend on it, or on one of its parts, then run again only when that content
 * changes. For small JSON-like values (a view state, weights, filters): it compares them in full
 * on every render.
 */
export function useShared<T>(value: T): T {
  const [held, setHeld] = useState(value);
  const shared = shareEqual(held, value);
  // Adjusting state during render: React renders this component again at once, before its children.
  if (shared !== held) setHeld(shared);
  return shared;
}
