import type { ReactNode } from 'react';
import { focusMainContent } from '../../lib/focus-main-content';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { Button } from './button';

/** What a notice tells: news or a hint (`info`), something that went partly wrong (`warning`), a failure (`error`). */
export type NoticeTone = 'info' | 'warning' | 'error';

export interface NoticeProps {
  readonly tone: NoticeTone;
  /** `p` for a notice of one line of text; `div` (the default) for anything with blocks inside. */
  readonly as?: 'div' | 'p';
  /**
   * `status` for news that is announced politely, `alert` for a failure the reader must hear now,
   * `note` for a remark beside the content, `group` for a question with its answers; none for a
   * plain block.
   */
  readonly role?: 'status' | 'alert' | 'note' | 'group';
  /** More classes, after `notice notice--{tone}` (e.g. `url-notice` for a notice with a dismiss button beside its text). */
  readonly className?: string;
  readonly 'aria-labelledby'?: string;
  readonly children: ReactNode;
  /**
   * Given, a dismiss button follows the content. Clicking it calls `onDismiss`, which must remove
   * the notice, and then moves focus to the page's content, since the focused button goes too.
   */
  readonly onDismiss?: () => void;
  /** The dismiss button's text; "Dismiss" / "关闭" (`notice.dismiss`) by default. */
  readonly dismissLabel?: string;
}

/**
 * A notice block in the page's flow: `notice notice--{tone}` around `children`, with an optional
 * dismiss button. The tone is only its look; `role` says how assistive technology hears it.
 */
export function Notice({
  tone,
  as: Tag = 'div',
  className,
  children,
  onDismiss,
  dismissLabel,
  ...attributes
}: NoticeProps) {
  const { t } = useUiLocale();
  return (
    <Tag className={`notice notice--${tone}${className ? ` ${className}` : ''}`} {...attributes}>
      {children}
      {onDismiss ? (
        <Button
          variant="quiet"
          size="small"
          onClick={() => {
            onDismiss();
            focusMainContent();
          }}
        >
          {dismissLabel ?? t('notice.dismiss')}
        </Button>
      ) : null}
    </Tag>
  );
}
