import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, as it was at the last paint: a change shows up only after the browser has painted what
 * the change's own render committed, and then in a transition React may interrupt. For a part of
 * the page that follows another (the trend radars follow the table's rows), so the part the reader
 * acted on paints first. The first render returns `value` itself, so a prerendered page hydrates
 * unchanged.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    // The frame after the commit is painted before the next task: the update waits for it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [shown, value]);
  return shown;
}
