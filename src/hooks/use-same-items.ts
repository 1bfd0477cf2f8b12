import { useState } from 'react';

/**
 * `items`, or the array held since its items last changed: the same array for as long as a new one
 * holds the same items (the same objects) in the same order. Memos over a list rebuilt on every
 * render (the decide view's routes, mapped from the table's rows each time the rows are rebuilt for
 * new weights or another language) then run again only when the list itself changes. Costs one pass
 * over the items per render.
 */
export function useSameItems<T>(items: readonly T[]): readonly T[] {
  const [held, setHeld] = useState(items);
  if (held === items) return held;
  if (held.length === items.length && held.every((item, index) => item === items[index])) return held;
  // Adjusting state during render: React renders this component again at once, before its children.
  setHeld(items);
  return items;
}
