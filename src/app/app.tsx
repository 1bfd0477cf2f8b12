import { Suspense, useRef } from 'react';
import { Button } from '../components/ui/button';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Notice } from '../components/ui/notice';
import { StorageNotice } from '../components/ui/storage-notice';
import { ScoreChangeContext } from '../components/ui/score-change-context';
import { ImportButton } from '../features/my-editions/components/import-button';
import { NewComparisonButton } from '../features/my-editions/components/new-comparison-button';
import { useImportContext } from '../features/my-editions/hooks/use-import-context';
import { explorePreparation } from './dashboard/prepare-explore';
import { useMyRoutes } from '../features/my-editions/hooks/use-my-routes';
import { useUserEditions } from '../features/my-editions/hooks/use-user-editions';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import { useAutoDismiss } from '../hooks/use-auto-dismiss';
import { useMyRoutesActions } from './use-my-routes-actions';
import { focusMainContent } from '../lib/focus-main-content';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import { useUrlParams } from '../lib/url-state';
import { bundledEditions, type LoadedEdition } from './bundled-editions';
import { ComparisonControls } from './comparison-controls';
import { copyLinkCarry } from './copy-link-carry';
import { Dashboard } from './dashboard/dashboard';
import { EditionEditor, SharedComparison, SharedScoresNotice, ViewPlaceholder } from './dashboard/lazy-views';
import { useScoreOverrides } from './dashboard/use-score-overrides';
import { useInteractiveMark } from './interactive-mark';
import { PageNotices } from './page-notices';
import { ServiceWorkerNews } from './service-worker-news';
import { SiteHeader } from './site-header';
import { useComparisonActions } from './use-comparison-actions';
import { useEditionChoice, useUserEditionParam } from './use-edition-choice';
import { useSharedComparison } from './use-shared-comparison';
import { useViewScores } from './use-shared-scores';

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
  // After a choice in a link's notice (keep, look, drop), the notice is gone: focus goes to the page.
  const thenFocusPage = (act: () => void) => () => {
    act();
    requestAnimationFrame(focusMainContent);
  };
  // An import's rows are built before the render that shows them (300 000 routes in one render
  // held the page for over 300 ms).
  const myRoutes = useMyRoutes({ prepare: (edition) => explorePreparation(edition, locale) });
  const userEditionParam = useUserEditionParam(editions);
  const shared = useSharedComparison(locale, editions);
  // While a link's comparison is previewed or looked at, the address's `ed` names it, not a stored one.
  const userEditions = useUserEditions(shared.deciding || shared.looking ? null : userEditionParam);
  const { valid, failures, current, waitingForMyRoutes, missing, chooseEdition } = useEditionChoice(
    editions,
    myRoutes.edition,
    myRoutes.settled,
    {
      edition: shared.looking?.display ?? userEditions.open?.display,
      // The address names a comparison still being read: its view params wait for it.
      pending: userEditions.opening,
    },
  );
  const scoreOverrides = useScoreOverrides(current?.id);
  // Edited scores a link brought show instead of the reader's own until kept or dropped.
  const {
    shown,
    scores: viewScores,
    editedCount,
    linkScores,
    keepLinkScores,
    setOverride,
    sharedScores,
  } = useViewScores(current, scoreOverrides);
  const [status, setStatus] = useAutoDismiss();
  const comparisons = useComparisonActions(userEditions, shown, locale, chooseEdition);
  // A comparison just created opens in its editor with focus on the editor's heading (one opened
  // from a link leaves focus alone, as every view does).
  const focusEditorHeading = useRef(false);
  const createComparison = async (...args: Parameters<typeof comparisons.create>) => {
    const failure = await comparisons.create(...args);
    if (failure === undefined) focusEditorHeading.current = true;
    return failure;
  };
  const openComparison = current?.kind === 'user' ? userEditions.open : undefined;
  // The routes table is in the explore view only; a view the codec does not know falls back to it.
  const [{ view }] = useUrlParams();
  const exploring = !['compare', 'decide', 'edit'].includes(view?.toLowerCase() ?? '');
  // A prerendered page is live once its last section has hydrated (the dashboard marks it then).
  useInteractiveMark(!hydrating);

  const myRoutesActions = useMyRoutesActions(myRoutes, current, chooseEdition, scoreOverrides, setStatus);

  const share = copyLinkCarry(
    {
      shown,
      comparison: current?.kind === 'user' ? (openComparison?.edition ?? shared.looking?.edition) : undefined,
      scores: viewScores,
      editedCount,
      takenIds: userEditions.summaries.map((item) => item.id),
      onDownloadFile: openComparison ? () => void comparisons.exportFile() : undefined,
    },
    t,
  );

  const { context: importContext, criteriaFixed } = useImportContext(myRoutes.record, current, shown);
  const dataControls = importContext ? (
    <>
      <ImportButton
        context={importContext}
        criteriaFixed={criteriaFixed}
        onImport={(committed) => void myRoutesActions.onImport(committed)}
        disabled={myRoutes.loading}
      />
      {openComparison ? (
        <ComparisonControls actions={comparisons} onEdit={() => chooseEdition(openComparison.edition.id, 'edit')} />
      ) : null}
      {editedCount > 0 && !linkScores ? (
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
      <SiteHeader
        editions={valid}
        comparisons={userEditions.summaries.map((item) => ({
          id: item.id,
          title: item.title[locale] ?? item.title.en ?? item.title.zh ?? t('comparison.untitled'),
          routeCount: item.routeCount,
        }))}
        current={current}
        onChooseEdition={chooseEdition}
        share={share}
        newComparison={
          <NewComparisonButton openTitle={current?.shortTitle[locale] ?? ''} onCreate={createComparison} />
        }
      />
      <main id="main" className="page" tabIndex={-1}>
        <PageNotices
          failures={failures}
          myRoutesProblem={myRoutes.problem}
          onDismissMyRoutesProblem={myRoutes.dismissProblem}
          overridesProblem={scoreOverrides.storageProblem}
          onDismissOverridesProblem={scoreOverrides.dismissStorageProblem}
          openProblem={userEditions.openProblem}
          deletedComparison={comparisons.deleted}
          onUndoDelete={() => void comparisons.undoDelete()}
          onDismissDeleted={comparisons.dismissDeleted}
        />
        {shared.state ? (
          <Suspense fallback={null}>
            <SharedComparison
              state={shared.state}
              onKeep={() => void shared.keep(userEditions).then(() => requestAnimationFrame(focusMainContent))}
              onLook={thenFocusPage(shared.look)}
              onDismiss={shared.dismiss}
            />
          </Suspense>
        ) : null}
        {sharedScores.state && current ? (
          <Suspense fallback={null}>
            <SharedScoresNotice
              state={sharedScores.state}
              edition={current}
              onKeep={thenFocusPage(keepLinkScores)}
              onDismiss={thenFocusPage(sharedScores.dismiss)}
            />
          </Suspense>
        ) : null}
        {shared.deciding ? null : missing !== undefined && current ? (
          // Dismissing shows the first edition under its own address (the link's view params were
          // for the missing one).
          <StorageNotice
            message={t('edition.notStored', { id: missing, edition: current.title[locale] })}
            onDismiss={() => chooseEdition(null)}
          />
        ) : null}
        {shared.deciding ? null : waitingForMyRoutes ? (
          <Notice tone="info" as="p" role="status">
            {t('myRoutes.loading')}
          </Notice>
        ) : current && shown ? (
          <ErrorBoundary part={current.shortTitle[locale]}>
            <ScoreChangeContext value={setOverride}>
              {/* A new edition starts from a clean view: its route ids and trends differ. */}
              <Dashboard
                key={current.id}
                edition={shown}
                dataControls={dataControls}
                renderEditor={
                  openComparison
                    ? (onDone) => (
                        <Suspense fallback={<ViewPlaceholder />}>
                          <EditionEditor
                            edition={openComparison.edition}
                            onChange={userEditions.change}
                            saveState={userEditions.saveState}
                            onDone={onDone}
                            headingRef={(node) => {
                              if (!node || !focusEditorHeading.current) return;
                              focusEditorHeading.current = false;
                              node.focus();
                            }}
                          />
                        </Suspense>
                      )
                    : undefined
                }
                onMakeCopy={() => void createComparison('copy', '')}
                onBuildOwn={
                  current.kind !== 'user' && current.id !== MY_ROUTES_ID
                    ? () => void createComparison('blank', '')
                    : undefined
                }
                status={status}
                onLeaveView={() => setStatus('')}
                myRoutes={myRoutesActions.removals}
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
            : current?.kind === 'user'
              ? t('comparison.footer', { title: current.shortTitle[locale] })
              : t('app.footer', { source: current?.source.title[locale] ?? '' })}
        </p>
        <ServiceWorkerNews />
      </footer>
    </>
  );
}
