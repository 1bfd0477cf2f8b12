import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/language-switch/language-switch';
import { ThemeSwitch } from '../features/theme-switch/theme-switch';
import { toUiLocale } from '../lib/i18n';
import { bundledEditions, type LoadedEdition } from './bundled-editions';
import { Dashboard } from './dashboard';
import { DataErrorPanel } from './data-error-panel';
import { ErrorBoundary } from './error-boundary';

/**
 * The whole page: header (product name, edition title, language and theme switches), the dashboard
 * of the first valid edition, and a translated error panel for any data file that failed
 * validation. `editions` defaults to the files bundled from `data/`.
 */
export function App({ editions = bundledEditions }: { readonly editions?: readonly LoadedEdition[] }) {
  const { t, i18n } = useTranslation();
  const locale = toUiLocale(i18n.resolvedLanguage);
  const edition = editions.find((item) => item.result.ok)?.result;
  const failures = editions.filter((item) => !item.result.ok);
  const current = edition?.ok ? edition.edition : undefined;

  return (
    <>
      <a className="skip-link" href="#routes">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <path
                d="M4 26 L12 8 L20 20 L28 6"
                fill="none"
                stroke="currentColor"
                strokeWidth="3"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              <circle cx="12" cy="8" r="3" fill="currentColor" />
              <circle cx="20" cy="20" r="3" fill="currentColor" />
            </svg>
            <span className="brand__name">{t('app.name')}</span>
            {current ? (
              <span className="brand__edition" title={current.title[locale]}>
                {current.shortTitle[locale]}
              </span>
            ) : null}
          </div>
          <nav className="site-nav" aria-label={t('app.nav.label')}>
            <a href="#routes">{t('app.nav.routes')}</a>
            <a href="#charts">{t('app.nav.charts')}</a>
            <a href="#trends">{t('app.nav.trends')}</a>
            <a href="#conclusion">{t('app.nav.conclusion')}</a>
          </nav>
          <div className="site-header__controls">
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="page">
        {failures.length > 0 ? <DataErrorPanel failures={failures} /> : null}
        {current ? (
          <ErrorBoundary>
            <Dashboard edition={current} />
          </ErrorBoundary>
        ) : (
          <p className="notice notice--error">{t('dataError.none')}</p>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer', { source: current?.source.title[locale] ?? '' })}</p>
      </footer>
    </>
  );
}
