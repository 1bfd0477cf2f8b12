import { useSyncExternalStore } from 'react';

/** Below this width the routes show as cards and Compare stacks its routes; the CSS uses the same query. */
export const PHONE_QUERY = '(max-width: 640px)';

// Unknown on the server and while hydrating: the prerendered page holds both layouts and the
// stylesheet shows the one that fits, so the first paint needs no script and nothing shifts.
const unknown = () => undefined;

/**
 * Whether the media query `query` (e.g. {@link PHONE_QUERY}) matches, following changes (a
 * rotated phone, a resized window). `undefined` while the answer is not known: during the server
 * render and the hydration that must match it, so the caller renders every variant and lets CSS
 * choose. Without `matchMedia` (jsdom) it never matches.
 */
export function useMediaQuery(query: string): boolean | undefined {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    unknown,
  );
}
