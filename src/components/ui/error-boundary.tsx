import { useEffect, type ReactNode } from 'react';
import { ErrorBoundary as Boundary, type FallbackProps } from 'react-error-boundary';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { isLoadFailure, useNewVersionDeployed } from '../../lib/load-failure';
import { onLoadRetry, retryFailedLoads } from '../../lib/retryable-lazy';
import { Button } from './button';
import { Notice } from './notice';

function Fallback({ part, error, resetErrorBoundary }: FallbackProps & { readonly part: string }) {
  const { t } = useUiLocale();
  const deployed = useNewVersionDeployed();
  const loadFailed = isLoadFailure(error);
  const retry = () => {
    // A part whose code failed to load fetches it anew, and renders again as every part listening
    // for the retry does (itself among them); one that failed to render renders again.
    retryFailedLoads();
    if (!loadFailed) resetErrorBoundary();
  };
  // Another part's Try again loads the code anew for this one too: it renders again with it.
  useEffect(() => (loadFailed ? onLoadRetry(resetErrorBoundary) : undefined), [loadFailed, resetErrorBoundary]);
  if (loadFailed) {
    return (
      <Notice tone="error" role="alert">
        <p className="notice__title">{t('errorBoundary.loadTitle', { part })}</p>
        {deployed ? (
          <>
            <p>{t('errorBoundary.newVersionBody')}</p>
            <Button onClick={() => window.location.reload()}>{t('errorBoundary.reload')}</Button>
          </>
        ) : (
          <>
            <p>{t('errorBoundary.loadBody')}</p>
            <Button onClick={retry}>{t('errorBoundary.retry')}</Button>
          </>
        )}
      </Notice>
    );
  }
  return (
    <Notice tone="error" role="alert">
      <p className="notice__title">{t('errorBoundary.title', { part })}</p>
      <p>{t('errorBoundary.body', { message: error instanceof Error ? error.message : String(error) })}</p>
      <Button onClick={retry}>{t('errorBoundary.retry')}</Button>
    </Notice>
  );
}

/**
 * Keeps a fault in one part of the page (a view, a chart, a section) from blanking the rest: the
 * part is replaced by a translated notice that names it (`part`, e.g. "AI chips routes compared").
 * Code that could not load says so with **Try again**, or, when a new version has replaced it on
 * the server, with **Reload**; any other fault gives the error's message and **Try again**. The
 * error is logged to the console.
 */
export function ErrorBoundary({ part, children }: { readonly part: string; readonly children: ReactNode }) {
  return (
    <Boundary
      fallbackRender={(props) => <Fallback part={part} {...props} />}
      onError={(error, info) => {
        // A chunk that did not arrive is the network's fault, not a bug: said on the page, not logged as one.
        if (isLoadFailure(error)) console.info(`Route Atlas: the code of ${part} could not load`, error);
        else console.error(`Route Atlas: ${part} failed to render`, error, info.componentStack);
      }}
    >
      {children}
    </Boundary>
  );
}
