import { useState } from 'react';
import type { Edition } from '../domain/edition-schema';
import { LanguageSwitch } from '../features/language-switch/language-switch';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { ThemeSwitch } from '../features/theme-switch/theme-switch';
import { bundledEditions, type LoadedEdition } from './bundled-editions';
import { Dashboard } from './dashboard';
import { DataErrorPanel } from './data-error-panel';
import { ErrorBoundary } from './error-boundary';
import { urlParsers, useUrlParams } from '../lib/url-state';
import { useUiLocale } from '../lib/use-ui-locale';

/**
 * The whole page: header (product name, edition title, an edition picker when there are several,
 * language and theme switches), the dashboard of the chosen valid edition (the first by file name
 * unless the reader picks another), and a translated error panel for any data file that failed
 * validation. `editions` defaults to the files bundled from `data/`.
 */
export function App({ editions = bundledEditions }: { readonly editions?: readonly LoadedEdition[] }) {
  const { t, locale } = useUiLocale();
  const valid = editions.flatMap((item) => (item.result.ok ? [{ file: item.file, edition: item.result.edition }] : []));
  const failures = editions.filter((item) => !item.result.ok);
  const [chosenFile, setChosenFile] = useState<string | undefined>(undefined);
  const [{ lang }, setParams] = useUrlParams();
  const current: Edition | undefined = (valid.find((item) => item.file === chosenFile) ?? valid[0])?.edition;

  return (
    <>
      <a className="skip-link" href="#main">
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
          <div className="site-header__controls">
            {valid.length > 1 ? (
              <label className="edition-picker">
                <span className="sr-only">{t('edition.label')}</span>
                <select
                  value={valid.find((item) => item.edition === current)?.file}
                  onChange={(event) => {
                    setChosenFile(event.target.value);
                    // Route, trend and criterion ids belong to the edition: its view starts afresh.
                    void setParams(
                      Object.fromEntries(Object.keys(urlParsers).map((key) => [key, key === 'lang' ? lang : null])),
                    );
                  }}
                >
                  {valid.map((item) => (
                    <option key={item.file} value={item.file}>
                      {item.edition.shortTitle[locale]}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <CopyLinkButton />
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {failures.length > 0 ? <DataErrorPanel failures={failures} /> : null}
        {current ? (
          <ErrorBoundary>
            {/* A new edition starts from a clean view: its route ids and trends differ. */}
            <Dashboard key={current.id} edition={current} />
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
