import { useState } from 'react';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import type { ComparisonActions } from './use-comparison-actions';

/**
 * What the reader can do with the open comparison of their own, next to Export: edit it,
 * duplicate it, export it as a data file, delete it (with Undo). A refusal to store is said here.
 */
export function ComparisonControls({
  actions,
  onEdit,
}: {
  readonly actions: ComparisonActions;
  readonly onEdit: () => void;
}) {
  const { t } = useUiLocale();
  const [error, setError] = useState<string | undefined>(undefined);
  const run = async (action: () => Promise<string | undefined>) => {
    setError(await action());
  };
  return (
    <>
      <Button size="small" onClick={onEdit}>
        {t('comparison.edit')}
      </Button>
      <Button size="small" onClick={() => void run(actions.duplicate)}>
        {t('comparison.duplicate')}
      </Button>
      <Button size="small" onClick={() => void actions.exportFile()}>
        {t('comparison.exportFile')}
      </Button>
      <Button size="small" onClick={() => void run(actions.deleteOpen)}>
        {t('comparison.delete')}
      </Button>
      {error ? (
        <Notice tone="error" as="p" role="alert">
          {t('comparison.actionFailed', { reason: error })}
        </Notice>
      ) : null}
    </>
  );
}
