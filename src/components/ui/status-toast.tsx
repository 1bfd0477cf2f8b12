/**
 * A one-line status ("12 routes added"), in a polite live region that is always in the page, so
 * screen readers announce each new text; it shows while `message` is not empty. It sits in the
 * page's flow beside what it is about, never over it: place it in the view that raised it. Pair it
 * with `useAutoDismiss`, which clears the text after a few seconds.
 */
export function StatusToast({ message }: { readonly message: string }) {
  return (
    <p className={`status-toast${message ? ' status-toast--visible' : ''}`} role="status">
      {message}
    </p>
  );
}
