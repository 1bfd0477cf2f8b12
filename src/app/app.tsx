import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { Edition } from '../domain/edition/schema';
import type { CommitOutcome } from '../features/my-editions/worker/import-client';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import { applyScoreOverrides, countApplied } from '../domain/score-overrides';
import { ImportButton } from '../features/my-editions/components/import-button';
import { LanguageSwitch } from '../features/language/components/language-switch';
import { CopyLinkButton } from '../features/share/components/copy-link-button';
import { ThemeSwitch } from '../features/theme/components/theme-switch';
import { bundledEditions, type LoadedEdition } from './bundled-editions';
import { Dashboard } from './dashboard/dashboard';
import { DataErrorPanel } from './data-error-panel';
import { StorageNotice } from '../components/ui/storage-notice';
import { focusMainContent } from '../lib/focus-main-content';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { formatDataIssue } from '../lib/errors/data-issue-message';
import { parseAsString, useQueryState } from 'nuqs';
import { urlParsers, useUrlParams } from '../lib/url-state';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import { useInteractiveMark } from './interactive-mark';
import { useMyRoutes } from '../features/my-editions/hooks/use-my-routes';
import { useScoreOverrides } from './dashboard/use-score-overrides';

/** How long a one-line status message (e.g. "12 routes added") stays on screen, in ms. */
const STATUS_MS = 6000;

/**
 * The whole page: header (product name, edition title, an edition picker when there are several,
 * language and theme switches), the dashboard of the chosen valid edition (the first by file name
 * unless the reader picks another), and a translated error panel for any data file that failed
 * validation. `editions` defaults to the files bundled from `data/`.
 */
export function App({
  editions = bundledEditions,
  hydrating = false,
}: {
  readonly editions?: readonly LoadedEdition[];
  /** The page is hydrating prerendered HTML: its explore view marks it live when done. */
  readonly hydrating?: boolean;
}) {
  const { t, locale } = useUiLocale();
  const myRoutes = useMyRoutes();
  const valid = useMemo(
    () => [
      ...editions.flatMap((item) => (item.result.ok ? [item.result.edition] : [])),
      ...(myRoutes.edition ? [myRoutes.edition] : []),
    ],
    [editions, myRoutes.edition],
  );
  const failures = editions.filter((item) => !item.result.ok);
  const [{ lang }, setParams] = useUrlParams();
  // The edition is part of the address (`ed`, absent for the first one), so a reload or back
  // returns to My routes; its view params then wait for My routes to be read before they apply.
  const [editionParam, setEditionParam] = useQueryState('ed', parseAsString.withOptions({ history: 'push' }));
  const waitingForMyRoutes = editionParam === MY_ROUTES_ID && !myRoutes.settled;
  const current: Edition | undefined = useMemo(
    () => valid.find((edition) => edition.id === editionParam) ?? valid[0],
    [valid, editionParam],
  );
  const scoreOverrides = useScoreOverrides(current?.id);
  const shown = useMemo(
    () => (current ? applyScoreOverrides(current, scoreOverrides.overrides) : undefined),
    [current, scoreOverrides.overrides],
  );
  const editedCount = current ? countApplied(current, scoreOverrides.overrides) : 0;
  const [status, setStatus] = useState('');
  // A prerendered page is live once its last section has hydrated (the dashboard marks it then).
  useInteractiveMark(!hydrating);
  // The service worker and its update notice load once the page is up (not with the first view;
  // not in development, where no worker is built).
  const [ServiceWorkerNews, setServiceWorkerNews] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let live = true;
    void import('../features/offline/components/service-worker-status').then(({ ServiceWorkerStatus }) => {
      // In a transition: it may arrive while the prerendered page still hydrates, which an
      // ordinary update would finish in one long task.
      if (live) startTransition(() => setServiceWorkerNews(() => ServiceWorkerStatus));
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const chooseEdition = useCallback(
    (editionId: string | null) => {
      void setEditionParam(editionId === valid[0]?.id ? null : editionId);
      // Route, trend and criterion ids belong to the edition: its view starts afresh.
      void setParams(Object.fromEntries(Object.keys(urlParsers).map((key) => [key, key === 'lang' ? lang : null])));
    },
    [lang, setParams, setEditionParam, valid],
  );

  // After an import, focus goes to the routes of My routes, where the new rows are. The dashboard
  // (with the button that opened the import) is rebuilt for My routes only when the address has
  // switched edition, which can be later than the next frame: focus moves once My routes is shown.
  const focusRoutesOfMyRoutes = useRef(false);
  useEffect(() => {
    if (!focusRoutesOfMyRoutes.current || current?.id !== MY_ROUTES_ID) return;
    focusRoutesOfMyRoutes.current = false;
    document.getElementById('routes-heading')?.focus();
  }, [current]);

  const onImport = async (committed: CommitOutcome) => {
    focusRoutesOfMyRoutes.current = true;
    await myRoutes.add(committed);
    setStatus(t('import.added', { count: committed.result.routes.length }));
    chooseEdition(MY_ROUTES_ID);
  };

  const held = myRoutes.record;
  const criteriaFixed = held !== undefined && held.routes.length > 0;
  const dataControls = current ? (
    <>
      <ImportButton
        context={{
          criteria: criteriaFixed ? held.criteria : current.criteria,
          trends: [...(shown?.trends ?? []), ...(held?.trends ?? [])],
          tags: [...(shown?.tags ?? []), ...(held?.tags ?? [])],
          sourceRoutes: shown?.routes ?? [],
          takenRouteIds: new Set(held?.routes.map((route) => route.id)),
        }}
        criteriaFixed={criteriaFixed}
        onImport={(committed) => void onImport(committed)}
        disabled={myRoutes.loading}
      />
      {editedCount > 0 ? (
        <button type="button" className="button button--small" onClick={scoreOverrides.resetAll}>
          {t('overrides.resetAll', { count: editedCount })}
        </button>
      ) : null}
    </>
  ) : null;

  const myRoutesProblem = myRoutes.problem
    ? myRoutes.problem.kind === 'corrupt'
      ? t('myRoutes.storageProblem', {
          problem: myRoutes.problem.issues
            .slice(0, 3)
            .map((issue) => formatDataIssue(issue, t))
            .join('; '),
        })
      : myRoutes.problem.kind === 'unreadable'
        ? t('myRoutes.storageProblem', { problem: myRoutes.problem.message })
        : t('import.saveFailed', { message: myRoutes.problem.message })
    : undefined;

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
                <select value={current?.id} onChange={(event) => chooseEdition(event.target.value)}>
                  {valid.map((edition) => (
                    <option key={edition.id} value={edition.id}>
                      {edition.id === MY_ROUTES_ID
                        ? t('myRoutes.pickerOption', { count: edition.routes.length })
                        : edition.shortTitle[locale]}
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
        {myRoutesProblem ? <StorageNotice message={myRoutesProblem} onDismiss={myRoutes.dismissProblem} /> : null}
        {scoreOverrides.storageProblem ? (
          <StorageNotice message={t('overrides.storageProblem')} onDismiss={scoreOverrides.dismissStorageProblem} />
        ) : null}
        <p className={`status-toast${status ? ' status-toast--visible' : ''}`} role="status">
          {status}
        </p>
        {ServiceWorkerNews ? <ServiceWorkerNews /> : null}
        {waitingForMyRoutes ? (
          <p className="notice notice--info" role="status">
            {t('myRoutes.loading')}
          </p>
        ) : current && shown ? (
          <ErrorBoundary part={current.shortTitle[locale]}>
            {/* A new edition starts from a clean view: its route ids and trends differ. */}
            <Dashboard
              key={current.id}
              edition={shown}
              dataControls={dataControls}
              onScoreChange={scoreOverrides.setOverride}
              myRoutes={
                current.id === MY_ROUTES_ID
                  ? {
                      onRemove: (route) => {
                        myRoutes.remove(new Set([route.id]));
                        // An import may later bring a route with the same id: it starts from its own scores.
                        scoreOverrides.forgetRoutes([route.id]);
                        setStatus(t('myRoutes.removed', { route: route.name[locale] }));
                      },
                      onRemoveAll: () => {
                        myRoutes.removeAll();
                        scoreOverrides.resetAll();
                        chooseEdition(null);
                        setStatus(t('myRoutes.allRemoved'));
                        // The button is gone with the edition: the page's content takes focus.
                        requestAnimationFrame(focusMainContent);
                      },
                    }
                  : undefined
              }
            />
          </ErrorBoundary>
        ) : (
          <p className="notice notice--error">{t('dataError.none')}</p>
        )}
      </main>
      <footer className="site-footer">
        <p>
          {current?.id === MY_ROUTES_ID
            ? t('myRoutes.footer')
            : t('app.footer', { source: current?.source.title[locale] ?? '' })}
        </p>
      </footer>
    </>
  );
}
