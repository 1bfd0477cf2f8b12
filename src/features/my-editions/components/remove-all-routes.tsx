import { useCallback, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
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
        <Button ref={focusOnKeep} size="small" onClick={() => setAsking(true)}>
          {t('myRoutes.removeAll')}
        </Button>
      </p>
    );
  }
  return (
    <Notice tone="warning" role="group" className="confirm" aria-labelledby="remove-all-question">
      <p id="remove-all-question">{t('myRoutes.removeAllConfirm', { count })}</p>
      <div className="confirm__actions">
        <Button size="small" variant="danger" onClick={onRemoveAll}>
          {t('myRoutes.removeAllYes')}
        </Button>
        <Button
          ref={focusOnAsk}
          size="small"
          onClick={() => {
            kept.current = true;
            setAsking(false);
          }}
        >
          {t('myRoutes.keep')}
        </Button>
      </div>
    </Notice>
  );
}
