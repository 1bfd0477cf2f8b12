import { useEffect, useEffectEvent, useState } from 'react';

/** How long a one-line status message (e.g. "12 routes added") stays on screen, in ms. */
export const STATUS_MS = 6000;

/**
 * Calls `dismiss` `delayMs` milliseconds after `news` last changed, as long as `news` is truthy
 * (a non-empty text, `true`): news that leaves by itself. A change of news starts the wait again;
 * news that turns falsy, or an unmount, cancels it. Setting the same news again does not.
 *
 * `dismiss` may be a new function each render: the latest one is called, and a new one does not
 * restart the wait. For state owned elsewhere (e.g. by a library hook); a status text of the
 * component's own is {@link useAutoDismiss}.
 */
export function useDismissAfter(news: unknown, dismiss: () => void, delayMs: number = STATUS_MS): void {
  const onTimeout = useEffectEvent(dismiss);
  useEffect(() => {
    if (!news) return;
    const timer = window.setTimeout(() => onTimeout(), delayMs);
    return () => window.clearTimeout(timer);
  }, [news, delayMs]);
}

/**
 * A status text that clears itself: `[text, setText]`, where `text` goes back to `''`
 * `delayMs` milliseconds (default {@link STATUS_MS}) after it was last set to a new text. Show it
 * in a live region (`StatusToast`) so it is announced too.
 */
export function useAutoDismiss(delayMs: number = STATUS_MS): readonly [string, (text: string) => void] {
  const [text, setText] = useState('');
  useDismissAfter(text, () => setText(''), delayMs);
  return [text, setText];
}
