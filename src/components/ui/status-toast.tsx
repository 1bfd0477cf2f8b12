/**
 * A one-line status at the bottom of the window ("12 routes added"), in a polite live region that
 * is always in the page, so screen readers announce each new text; it shows while `message` is not
 * empty. Pair it with `useAutoDismiss`, which clears the text after a few seconds.
 */
export function StatusToast({ message }: { readonly message: string }) {
  return (
    <p className={`status-toast${message ? ' status-toast--visible' : ''}`} role="status">
      {message}
    </p>
  );
}
