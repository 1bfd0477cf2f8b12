import { lazy, type ComponentType } from 'react';
import { noteLoadFailure } from './load-failure';

/** Resets of the loaders whose last load failed, run by {@link retryFailedLoads}. */
const failed = new Set<() => void>();

/** Parts showing a failed load, told when {@link retryFailedLoads} runs (see {@link onLoadRetry}). */
const retryListeners = new Set<() => void>();

/**
 * Lets every lazy part whose code failed to load ({@link retryableLazy}) load again on its next
 * render, and tells every part that showed such a failure ({@link onLoadRetry}) to render again:
 * one **Try again** brings back all of them, as one chunk often fails for several parts (the
 * three trend radars share theirs). The error boundary's **Try again** calls it.
 */
export function retryFailedLoads(): void {
  const resets = [...failed];
  failed.clear();
  for (const reset of resets) reset();
  for (const listener of [...retryListeners]) listener();
}

/**
 * Calls `listener` each time {@link retryFailedLoads} runs (a part showing that its code did not
 * load renders again then). Returns a function that stops it.
 */
export function onLoadRetry(listener: () => void): () => void {
  retryListeners.add(listener);
  return () => retryListeners.delete(listener);
}

/**
 * `React.lazy` that can load again: a chunk that failed to load (offline without the service
 * worker, a flaky network, a deploy that removed the old file) would otherwise stay failed until a
 * full reload, because `lazy` remembers the rejection.
 *
 * The failed loader is swapped for a fresh one only on {@link retryFailedLoads}, never by itself:
 * React renders a part again at once after it throws, and a fresh loader there would start a new
 * request on every render, failing forever (hundreds of requests a second, and no error boundary
 * ever shown).
 *
 * @param load resolves to the component; its rejection is thrown to the nearest error boundary.
 * @returns a component with `load`'s props; it suspends while its code loads.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (error) {
        // A new version on the server is told apart from a network fault: the page offers the reload.
        noteLoadFailure(error);
        failed.add(() => {
          current = make();
        });
        throw error;
      }
    });
  let current = make();
  return function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}
