import { Suspense, useRef, useState } from 'react';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { focusMainContent } from '../../../lib/focus-main-content';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import type { ImportDialogProps } from './import-dialog';
import { Button } from '../../../components/ui/button';

const loadDialog = () => import('./import-dialog');
// The dialog, its drop zone and the importer load on first use, not with the page.
const ImportDialog = retryableLazy(async () => (await loadDialog()).ImportDialog);

/**
 * "Import…": opens the import dialog (see `ImportDialog`). Pointing at or focusing the button
 * starts loading the dialog, so it is usually there by the time it is clicked.
 */
export function ImportButton({
  disabled = false,
  ...dialog
}: Omit<ImportDialogProps, 'open' | 'onOpenChange' | 'returnFocus'> & {
  /** While "My routes" is being read, importing waits. */
  readonly disabled?: boolean;
}) {
  const { t } = useUiLocale();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // A failed early load is not an error yet: opening the dialog loads it again and says so.
  const preload = () => void loadDialog().catch(() => undefined);
  return (
    <>
      <Button
        ref={button}
        size="small"
        aria-haspopup="dialog"
        disabled={disabled}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        {t('import.button')}
      </Button>
      {wanted ? (
        <ErrorBoundary part={t('import.title')}>
          <Suspense fallback={null}>
            <ImportDialog
              {...dialog}
              open={open}
              onOpenChange={setOpen}
              // After an import the page shows My routes and this button may be gone: focus then
              // stays where the page put it (its routes), or goes to the page's content if nowhere.
              returnFocus={() => {
                if (button.current) button.current.focus();
                else if (document.activeElement === null || document.activeElement === document.body)
                  focusMainContent();
              }}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}
