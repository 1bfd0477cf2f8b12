import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether `element` is within `margin` of the viewport now, followed as the reader scrolls
 * (IntersectionObserver). `undefined` until the first answer, and always where nothing can observe
 * (no element yet, jsdom, old browsers): callers treat that as they see fit. Printing counts as
 * near: a printed page shows everything. Each scroll's change is set in a transition, so it never
 * holds up what the reader is doing.
 *
 * `margin` is a CSS margin around the viewport (default one viewport height above and below).
 */
export function useNearViewport(element: Element | null, margin = '100% 0px'): boolean | undefined {
  const [near, setNear] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) startTransition(() => setNear(last.isIntersecting));
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Rendered before the browser lays the page out for print, which does not wait for React.
    const onPrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [element, margin]);
  return near;
}
