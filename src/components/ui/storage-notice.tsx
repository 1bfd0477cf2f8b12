import { Notice } from './notice';

/**
 * A dismissible notice that something stored in this browser could not be read (or kept), in
 * the reader's language; the page goes on without it. Dismissing moves focus to the page's content.
 */
export function StorageNotice({ message, onDismiss }: { readonly message: string; readonly onDismiss: () => void }) {
  return (
    <Notice tone="warning" role="status" className="url-notice" onDismiss={onDismiss}>
      <p>{message}</p>
    </Notice>
  );
}
