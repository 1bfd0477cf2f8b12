import { focusMainContent } from '../../../lib/focus-main-content';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';

export interface UpdateNoticeProps {
  /** A new version is installed and waits for a reload. */
  readonly needRefresh: boolean;
  /** Everything is cached: the dashboard now opens with no network. */
  readonly offlineReady: boolean;
  /** Switches to the new version (reloads the page). */
  readonly onReload: () => void;
  readonly onDismiss: () => void;
}

/**
 * The service worker's news, in a polite live region: "a new version is ready" with Reload and
 * Later, or once "ready to work offline" with OK. Renders nothing when there is no news.
 */
export function UpdateNotice({ needRefresh, offlineReady, onReload, onDismiss }: UpdateNoticeProps) {
  const { t } = useUiLocale();
  if (!needRefresh && !offlineReady) return null;
  return (
    <Notice tone="info" role="status" className="update-notice">
      <p>{needRefresh ? t('offline.updateReady') : t('offline.ready')}</p>
      <div className="confirm__actions">
        {needRefresh ? (
          <Button size="small" onClick={onReload}>
            {t('offline.reload')}
          </Button>
        ) : null}
        <Button
          size="small"
          onClick={() => {
            onDismiss();
            // The notice and its button are gone: focus goes to the page's content.
            focusMainContent();
          }}
        >
          {needRefresh ? t('offline.later') : t('offline.ok')}
        </Button>
      </div>
    </Notice>
  );
}
