import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ error, onRetry }: { readonly error: Error; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('errorBoundary.title')}</p>
      <p>{t('errorBoundary.body', { message: error.message })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errorBoundary.retry')}
      </button>
    </div>
  );
}

/**
 * Keeps a fault in one part of the page (a chart, a section) from blanking the rest: the part is
 * replaced by a translated notice with the error message and a retry button.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Route Atlas: a section failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error ? (
      <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />
    ) : (
      this.props.children
    );
  }
}
