import { Suspense, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import type { NewComparisonDialogProps } from './new-comparison-dialog';

const loadDialog = () => import('./new-comparison-dialog');
// The dialog (and Radix Dialog with it) loads on first use, not with the page.
const NewComparisonDialog = retryableLazy(async () => (await loadDialog()).NewComparisonDialog);

/** "New comparison" (新建对比): opens {@link NewComparisonDialog}, loading it when first pointed at or focused. */
export function NewComparisonButton(props: Omit<NewComparisonDialogProps, 'open' | 'onOpenChange' | 'returnFocus'>) {
  const { t } = useUiLocale();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const preload = () => void loadDialog().catch(() => undefined);
  return (
    <>
      <Button
        ref={button}
        size="small"
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        {t('comparison.new')}
      </Button>
      {wanted ? (
        <ErrorBoundary part={t('comparison.new')}>
          <Suspense fallback={null}>
            <NewComparisonDialog
              {...props}
              open={open}
              onOpenChange={setOpen}
              returnFocus={() => button.current?.focus()}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}
