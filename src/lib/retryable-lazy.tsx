import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` that can load again: a chunk that failed to load (offline without the service
 * worker, or a deploy that removed the old file) would otherwise stay failed until a full reload,
 * because `lazy` remembers the rejection. Here a failure swaps in a fresh loader before it is
 * thrown, so the error boundary's "Try again" fetches the chunk anew.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (error) {
        current = make();
        throw error;
      }
    });
  let current = make();
  return function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}
