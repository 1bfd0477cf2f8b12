import { focusMainContent } from '../../lib/focus-main-content';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';

/**
 * A dismissible notice that something stored in this browser could not be read (or kept), in
 * the reader's language; the page goes on without it.
 */
export function StorageNotice({ message, onDismiss }: { readonly message: string; readonly onDismiss: () => void }) {
  const { t } = useUiLocale();
  return (
    <div className="notice notice--warning url-notice" role="status">
      <p>{message}</p>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          onDismiss();
          focusMainContent();
        }}
      >
        {t('urlProblem.dismiss')}
      </button>
    </div>
  );
}
