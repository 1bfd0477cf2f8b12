import type { ReactNode } from 'react';
import { Notice } from '../../../components/ui/notice';

/**
 * A link's part that could not be used (a cut fragment, a file that would not load), said as one
 * dismissible alert: `heading` in bold, then `message` and `after` (what the page shows instead).
 */
export function LinkProblemNotice({
  heading,
  message,
  after,
  onDismiss,
}: {
  readonly heading: string;
  readonly message: ReactNode;
  readonly after: ReactNode;
  readonly onDismiss: () => void;
}) {
  return (
    <Notice tone="error" role="alert" className="url-notice" onDismiss={onDismiss}>
      <p>
        <strong>{heading}</strong> {message} {after}
      </p>
    </Notice>
  );
}
