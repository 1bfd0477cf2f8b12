import { useState } from 'react';

/**
 * `value`, or the value held since `key` last changed: the same object for as long as the key
 * stays the same, however often the caller builds a new one. Memos and effects that depend on it
 * then run again only when its content changes.
 *
 * `key` must change whenever the content does (for example its JSON); the caller chooses it.
 * On a new key the hook holds the new value and returns it in the same render.
 */
export function useStableValue<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key !== key) {
    // Adjusting state during render: React renders this component again at once, before its children.
    setHeld({ key, value });
    return value;
  }
  return held.value;
}
