import { startTransition, useCallback, useState, type ReactNode, type RefCallback } from 'react';
import { useNearViewport } from '../../hooks/use-near-viewport';

export interface WhenNearViewportProps {
  /** What to show once the placeholder comes within `margin` of the viewport (or the page prints). */
  readonly children: ReactNode;
  /** A same-size stand-in, given the ref to observe; it is also what the prerendered page holds. */
  readonly placeholder: (ref: RefCallback<HTMLElement>) => ReactNode;
  /** How far outside the viewport counts as near, as a CSS margin (default one viewport height above and below). */
  readonly margin?: string;
}

/**
 * Renders `children` only once their place scrolls near the viewport, and for printing: a chart
 * further down the page costs nothing (no recharts download, no drawing) while the reader works
 * with the table. Without IntersectionObserver it renders them at once.
 */
export function WhenNearViewport({ children, placeholder, margin = '100% 0px' }: WhenNearViewportProps) {
  const [seen, setSeen] = useState(false);
  const [node, setNode] = useState<HTMLElement | null>(null);
  // The placeholder's element, kept once seen: the placeholder leaves when the content comes.
  const observe = useCallback((element: HTMLElement | null) => {
    // Set while React commits the page: as a transition, so that it neither re-renders at once nor
    // makes React hydrate the rest of a prerendered page in one go.
    if (element) startTransition(() => setNode(element));
  }, []);
  // Watched until first near, then never again: the content stays.
  const near = useNearViewport(seen ? null : node, margin);
  // Set while rendering, as React allows for state derived from other state.
  if (near === true && !seen) setSeen(true);
  // Mounted where nothing can observe (jsdom, old browsers): show them once placed.
  const show = seen || near === true || (node !== null && typeof IntersectionObserver === 'undefined');
  return show ? children : placeholder(observe);
}
