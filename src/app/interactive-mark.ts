import { useEffect } from 'react';

/**
 * Marks the page as live (`<html data-interactive="true">`): rendered, or hydrated to its last
 * section. Tests and tools wait for it before acting; an action on a part still hydrating would be
 * replayed, or redraw that part.
 */
export function useInteractiveMark(when = true): void {
  useEffect(() => {
    if (when) document.documentElement.dataset.interactive = 'true';
  }, [when]);
}

/** {@link useInteractiveMark} as an element, for the last section a prerendered page hydrates. */
export function InteractiveMark(): null {
  useInteractiveMark();
  return null;
}
