import { useCallback, useState } from 'react';
import { useDismissAfter } from './use-auto-dismiss';

/** How long "copied" lasts before the state is `idle` again, in ms (a button label, not a message). */
export const COPIED_MS = 4000;

/** The last copy's outcome: none yet (or "copied" has faded), copied, or refused by the browser. */
export type ClipboardState = 'idle' | 'copied' | 'failed';

/** What {@link useClipboard} returns. */
export interface Clipboard {
  readonly state: ClipboardState;
  /** Copies `text`; resolves to true when it is on the clipboard, false when the browser refused. Never rejects. */
  readonly copy: (text: string) => Promise<boolean>;
}

/**
 * Copies text to the clipboard and keeps the outcome: `copied` for `copiedMs` milliseconds
 * (default {@link COPIED_MS}), then `idle`; `failed` until the next copy, so whatever offers the
 * text by hand instead stays up. Without a secure context (plain http on a LAN address) there is
 * no clipboard at all: that counts as refused.
 */
export function useClipboard(copiedMs: number = COPIED_MS): Clipboard {
  const [state, setState] = useState<ClipboardState>('idle');
  useDismissAfter(state === 'copied', () => setState('idle'), copiedMs);
  const copy = useCallback(async (text: string) => {
    // Typed as always there, but absent outside a secure context.
    const clipboard = navigator.clipboard as Navigator['clipboard'] | undefined;
    let copied = false;
    if (clipboard) {
      try {
        await clipboard.writeText(text);
        copied = true;
      } catch {
        // Refused: permission denied, or the page is not focused.
      }
    }
    setState(copied ? 'copied' : 'failed');
    return copied;
  }, []);
  return { state, copy };
}
