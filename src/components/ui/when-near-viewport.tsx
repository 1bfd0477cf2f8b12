import { startTransition, useCallback, useEffect, useState, type ReactNode, type RefCallback } from 'react';

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
  const [near, setNear] = useState(false);
  const [node, setNode] = useState<HTMLElement | null>(null);
  // The placeholder's element, kept once seen: the placeholder leaves when the content comes.
  const observe = useCallback((element: HTMLElement | null) => {
    // Set while React commits the page: as a transition, so that it neither re-renders at once nor
    // makes React hydrate the rest of a prerendered page in one go.
    if (element) startTransition(() => setNode(element));
  }, []);
  useEffect(() => {
    if (near || !node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: margin },
    );
    observer.observe(node);
    const onPrint = () => setNear(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [near, node, margin]);
  // Mounted where nothing can observe (jsdom, old browsers): show them once placed.
  const show = near || (node !== null && typeof IntersectionObserver === 'undefined');
  return show ? children : placeholder(observe);
}
