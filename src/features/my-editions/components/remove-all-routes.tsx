import { useCallback, useRef, useState } from 'react';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';

/** "Remove all my routes", asking once more before it removes anything. */
export function RemoveAllRoutes({ count, onRemoveAll }: { readonly count: number; readonly onRemoveAll: () => void }) {
  const { t } = useUiLocale();
  const [asking, setAsking] = useState(false);
  // Focus follows the question: to "Keep them" when it opens, back to the button when kept.
  const kept = useRef(false);
  const focusOnKeep = useCallback((node: HTMLButtonElement | null) => {
    if (node && kept.current) node.focus();
    kept.current = false;
  }, []);
  const focusOnAsk = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);
  if (!asking) {
    return (
      <p>
        <button ref={focusOnKeep} type="button" className="button button--small" onClick={() => setAsking(true)}>
          {t('myRoutes.removeAll')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice notice--warning confirm" role="group" aria-labelledby="remove-all-question">
      <p id="remove-all-question">{t('myRoutes.removeAllConfirm', { count })}</p>
      <div className="confirm__actions">
        <button type="button" className="button button--small button--danger" onClick={onRemoveAll}>
          {t('myRoutes.removeAllYes')}
        </button>
        <button
          ref={focusOnAsk}
          type="button"
          className="button button--small"
          onClick={() => {
            kept.current = true;
            setAsking(false);
          }}
        >
          {t('myRoutes.keep')}
        </button>
      </div>
    </div>
  );
}
