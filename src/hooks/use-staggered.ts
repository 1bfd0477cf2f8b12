import { startTransition, useEffect, useState } from 'react';

/**
 * `values`, with a change reaching one item per frame: the first item follows at once, each later
 * one after the browser has painted the item before it, in a transition. An item not shown yet is
 * `undefined` (on the first render, every item but the first). For parts too costly to redraw
 * together: three trend radars redrawn for 300 000 imported routes were one task of 200–310 ms
 * (recharts and its store, React's commit and layout reads), which React cannot interrupt. `all`
 * (e.g. while printing) returns `values` as they are.
 *
 * @param values the items to show, compared with `Object.is`; any length
 * @returns an array as long as `values`
 */
export function useStaggered<T>(values: readonly T[], all = false): readonly (T | undefined)[] {
  const [shown, setShown] = useState<readonly (T | undefined)[]>(() => values.slice(0, 1));
  // The first item behind, or past the end: the one the next frame brings up to date.
  const behind = values.findIndex((value, index) => index > 0 && !Object.is(shown[index], value));
  useEffect(() => {
    if (all || behind === -1) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that paints the item before it, as `useAfterPaint` does.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(
        () =>
          startTransition(() =>
            setShown((current) => {
              const next = [...current];
              next[behind] = values[behind];
              return next;
            }),
          ),
        0,
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [all, behind, values]);
  if (all) return values;
  return values.map((value, index) => (index === 0 ? value : shown[index]));
}
