import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `false` while the server prerenders and while the client hydrates that HTML, `true` in every
 * later render. Parts that only make sense in a browser (charts measure their box) render a
 * same-size placeholder until then, so the prerendered HTML and the hydrating client agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
