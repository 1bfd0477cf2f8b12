import { useEffect, useMemo, useRef } from 'react';
import { Button } from '../components/ui/button';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Notice } from '../components/ui/notice';
import { ScoreChangeContext } from '../components/ui/score-change-context';
import { applyScoreOverrides, countApplied } from '../domain/score-overrides';
import { ImportButton } from '../features/my-editions/components/import-button';
import { useMyRoutes } from '../features/my-editions/hooks/use-my-routes';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import type { CommitOutcome } from '../features/my-editions/worker/import-client';
import { useAutoDismiss } from '../hooks/use-auto-dismiss';
import { focusMainContent } from '../lib/focus-main-content';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import { useUrlParams } from '../lib/url-state';
import { bundledEditions, type LoadedEdition } from './bundled-editions';
import { Dashboard } from './dashboard/dashboard';
import { useScoreOverrides } from './dashboard/use-score-overrides';
import { useInteractiveMark } from './interactive-mark';
import { PageNotices } from './page-notices';
import { ServiceWorkerNews } from './service-worker-news';
import { SiteHeader } from './site-header';
import { useEditionChoice } from './use-edition-choice';

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
  const { valid, failures, current, waitingForMyRoutes, chooseEdition } = useEditionChoice(
    editions,
    myRoutes.edition,
    myRoutes.settled,
  );
  const scoreOverrides = useScoreOverrides(current?.id);
  const shown = useMemo(
    () => (current ? applyScoreOverrides(current, scoreOverrides.overrides) : undefined),
    [current, scoreOverrides.overrides],
  );
  const editedCount = current ? countApplied(current, scoreOverrides.overrides) : 0;
  const [status, setStatus] = useAutoDismiss();
  // The routes table is in the explore view only; a view the codec does not know falls back to it.
  const [{ view }] = useUrlParams();
  const exploring = view?.toLowerCase() !== 'compare' && view?.toLowerCase() !== 'decide';
  // A prerendered page is live once its last section has hydrated (the dashboard marks it then).
  useInteractiveMark(!hydrating);

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
        <Button size="small" onClick={scoreOverrides.resetAll}>
          {t('overrides.resetAll', { count: editedCount })}
        </Button>
      ) : null}
    </>
  ) : null;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {current && exploring ? (
        <a className="skip-link" href="#routes-list">
          {t('app.skipToRoutes')}
        </a>
      ) : null}
      <SiteHeader editions={valid} current={current} onChooseEdition={chooseEdition} />
      <main id="main" className="page" tabIndex={-1}>
        <PageNotices
          failures={failures}
          myRoutesProblem={myRoutes.problem}
          onDismissMyRoutesProblem={myRoutes.dismissProblem}
          overridesProblem={scoreOverrides.storageProblem}
          onDismissOverridesProblem={scoreOverrides.dismissStorageProblem}
        />
        {waitingForMyRoutes ? (
          <Notice tone="info" as="p" role="status">
            {t('myRoutes.loading')}
          </Notice>
        ) : current && shown ? (
          <ErrorBoundary part={current.shortTitle[locale]}>
            <ScoreChangeContext value={scoreOverrides.setOverride}>
              {/* A new edition starts from a clean view: its route ids and trends differ. */}
              <Dashboard
                key={current.id}
                edition={shown}
                dataControls={dataControls}
                status={status}
                onLeaveView={() => setStatus('')}
                myRoutes={
                  current.id === MY_ROUTES_ID
                    ? {
                        onRemove: (route) => {
                          // An import may later bring a route with the same id: it starts from its own scores.
                          scoreOverrides.forgetRoutes([route.id]);
                          void myRoutes.remove(new Set([route.id])).then((stored) => {
                            if (stored) setStatus(t('myRoutes.removed', { route: route.name[locale] }));
                          });
                        },
                        onRemoveAll: () => {
                          scoreOverrides.resetAll();
                          chooseEdition(null);
                          void myRoutes.removeAll().then((stored) => {
                            if (stored) setStatus(t('myRoutes.allRemoved'));
                          });
                          // The button is gone with the edition: the page's content takes focus.
                          requestAnimationFrame(focusMainContent);
                        },
                      }
                    : undefined
                }
              />
            </ScoreChangeContext>
          </ErrorBoundary>
        ) : (
          <Notice tone="error" as="p">
            {t('dataError.none')}
          </Notice>
        )}
      </main>
      <footer className="site-footer">
        <p>
          {current?.id === MY_ROUTES_ID
            ? t('myRoutes.footer')
            : t('app.footer', { source: current?.source.title[locale] ?? '' })}
        </p>
        <ServiceWorkerNews />
      </footer>
    </>
  );
}
