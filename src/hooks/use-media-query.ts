import { startTransition, useEffect, useState } from 'react';

/** Below this width the routes show as cards and Compare stacks its routes; the CSS uses the same query. */
export const PHONE_QUERY = '(max-width: 640px)';

/**
 * Whether the media query `query` (e.g. {@link PHONE_QUERY}) matches, following changes (a
 * rotated phone, a resized window). `undefined` until the component has mounted: the server
 * render, the hydration that must match it and a fresh first render alike, so the caller renders
 * every variant and lets CSS choose. Without `matchMedia` (jsdom) it never matches.
 *
 * The answer arrives in a transition, not as an urgent update: once a prerendered page has
 * hydrated, dropping the variant the screen does not show re-renders a whole section, and as a
 * transition React can slice that work and yield to the reader's input. (`useSyncExternalStore`,
 * which this replaced, re-rendered synchronously when the answer differed from the server's,
 * in one task of about 100 ms on a phone.)
 */
export function useMediaQuery(query: string): boolean | undefined {
  const [matches, setMatches] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') {
      startTransition(() => setMatches(false));
      return;
    }
    const list = window.matchMedia(query);
    const follow = () => startTransition(() => setMatches(list.matches));
    follow();
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, [query]);
  return matches;
}
