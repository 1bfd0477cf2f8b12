import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface WhenNearViewportProps {
  /** What to show once the placeholder comes within `margin` of the viewport (or the page prints). */
  readonly children: ReactNode;
  /** A same-size stand-in, given the ref to observe; it is also what the prerendered page holds. */
  readonly placeholder: (ref: RefObject<HTMLDivElement | null>) => ReactNode;
  /** How far outside the viewport counts as near, as a CSS margin (default `600px`). */
  readonly margin?: string;
}

/**
 * Renders `children` only once their place scrolls near the viewport, and for printing: a chart
 * further down the page costs nothing (no recharts download, no drawing) while the reader works
 * with the table. Without IntersectionObserver it renders them at once.
 */
export function WhenNearViewport({ children, placeholder, margin = '600px' }: WhenNearViewportProps) {
  const [near, setNear] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near) return;
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
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
  }, [near, margin]);
  return near ? children : placeholder(ref);
}
