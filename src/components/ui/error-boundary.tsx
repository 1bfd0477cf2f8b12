import type { ReactNode } from 'react';
import { ErrorBoundary as Boundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Notice } from './notice';

function Fallback({ part, error, resetErrorBoundary }: FallbackProps & { readonly part: string }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" role="alert">
      <p className="notice__title">{t('errorBoundary.title', { part })}</p>
      <p>{t('errorBoundary.body', { message: error instanceof Error ? error.message : String(error) })}</p>
      <Button onClick={resetErrorBoundary}>{t('errorBoundary.retry')}</Button>
    </Notice>
  );
}

/**
 * Keeps a fault in one part of the page (a view, a chart, a section) from blanking the rest: the
 * part is replaced by a translated notice that names it (`part`, e.g. "AI chips routes compared")
 * and gives the error's message, with a retry button. The error is logged to the console.
 */
export function ErrorBoundary({ part, children }: { readonly part: string; readonly children: ReactNode }) {
  return (
    <Boundary
      fallbackRender={(props) => <Fallback part={part} {...props} />}
      onError={(error, info) => console.error(`Route Atlas: ${part} failed to render`, error, info.componentStack)}
    >
      {children}
    </Boundary>
  );
}
