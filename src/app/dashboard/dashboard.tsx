import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { Notice } from '../../components/ui/notice';
import { routeIndex, routeLookup } from '../../domain/edition/model';
import type { Edition, Route } from '../../domain/edition/schema';
import type { ViewId } from '../../domain/view-state';
import { equalPercentWeights } from '../../features/decide/model/decide';
import { formatPercent } from '../../features/decide/model/format';
import { ExportMenu } from '../../features/share/components/export-menu';
import { useAutoDismiss } from '../../hooks/use-auto-dismiss';
import { useSameItems } from '../../hooks/use-same-items';
import { formatList } from '../../lib/i18n/format-list';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { ExploreView } from './explore-view';
import { ChartPlaceholder, CompareView, DecideView, ScoreRadar, ViewPlaceholder } from './lazy-views';
import { UrlProblemNotice } from './url-problem-notice';
import { useExploreQuery } from './use-explore-query';
import { useRouteSelection } from './use-route-selection';
import { useViewState } from './use-view-state';
import { ViewNav } from './view-nav';

/**
 * The dashboard for one valid edition, in three views whose state lives in the address bar:
 * explore (introduction, routes table, trend radars, trend sections, conclusion), compare (2–4
 * picked routes side by side, with a baseline) and decide (weights, ranking, sensitivity).
 */
export interface DashboardProps {
  /** The edition to show, with the reader's own scores already applied. */
  readonly edition: Edition;
  /** Import and "reset edited scores" controls, shown next to Export. */
  readonly dataControls?: ReactNode;
  /** News of the page's last action on the routes (an import, a removal), shown beside the routes. */
  readonly status?: string;
  /** The reader left the view: news raised in it is no longer news (clear `status`). */
  readonly onLeaveView?: () => void;
  /** Given when the edition is "My routes": its routes can be removed one by one or all at once. */
  readonly myRoutes?: { readonly onRemove: (route: Route) => void; readonly onRemoveAll: () => void } | undefined;
  /**
   * The editor of the shown edition when it is the reader's own (`onDone` returns to the table);
   * absent for a read-only edition, whose edit view offers `onMakeCopy` instead.
   */
  readonly renderEditor?: ((onDone: () => void) => ReactNode) | undefined;
  readonly onMakeCopy?: (() => void) | undefined;
  /** Given on the article's edition: "Build your own comparison" on the first screen. */
  readonly onBuildOwn?: (() => void) | undefined;
}

export function Dashboard({
  edition,
  dataControls,
  status: pageStatus = '',
  onLeaveView,
  myRoutes,
  renderEditor,
  onMakeCopy,
  onBuildOwn,
}: DashboardProps) {
  const { t, locale } = useUiLocale();
  const { state, update, problems, dismissProblems } = useViewState(edition);
  const [status, setStatus] = useAutoDismiss();
  // A status belongs to the view it was raised in: leaving the view ends it, here and in the page.
  const [statusView, setStatusView] = useState(state.view);
  if (statusView !== state.view) {
    setStatusView(state.view);
    setStatus('');
  }
  const leaveView = useRef(onLeaveView);
  useEffect(() => {
    leaveView.current = onLeaveView;
  });
  const shownView = useRef(state.view);
  useEffect(() => {
    if (shownView.current === state.view) return;
    shownView.current = state.view;
    leaveView.current?.();
  }, [state.view]);
  const routesHeading = useRef<HTMLHeadingElement>(null);
  const focusViewOnChange = useRef(false);

  // A view chosen from the nav takes focus to its heading once it has mounted (the compare and
  // decide views load lazily); one opened from a link leaves focus alone.
  const focusIfChosen = useCallback((node: HTMLHeadingElement | null) => {
    if (!node || !focusViewOnChange.current) return;
    focusViewOnChange.current = false;
    node.focus();
  }, []);
  const routesHeadingRef = useCallback(
    (node: HTMLHeadingElement | null) => {
      routesHeading.current = node;
      focusIfChosen(node);
    },
    [focusIfChosen],
  );

  // The same object while their content is (the view state's parts are, see `useViewState`): the
  // same weights as a new object would rebuild the table's rows and work Decide's "How firm" out again.
  const weights = useMemo(() => state.weights ?? equalPercentWeights(edition.criteria), [state.weights, edition]);
  const { rows, result, searchPending, pinyinFailed, retryPinyin } = useExploreQuery(edition, state, weights, locale);
  const routesById = routeLookup(edition.routes);
  const { selectedRoutes, rowSelection, setSelection, toggleRoute, onRowSelectionChange } = useRouteSelection(
    state,
    update,
    routesById,
    setStatus,
  );
  // Only the decide view ranks the filtered routes; a 100 000-route list is not copied otherwise.
  // The rows are built again for new weights or another language, with the same routes: the same
  // array keeps Decide from working "How firm" out again for nothing.
  const filteredRoutes = useSameItems(
    useMemo(() => (state.view === 'decide' ? result.rows.map((row) => row.route) : []), [result, state.view]),
  );
  // One style per route for every chart, so a route keeps its colour and dash everywhere.
  const styleIndex = routeIndex(edition.routes);

  const weightList = formatList(
    edition.criteria.map((criterion) =>
      t('decide.weightItem', {
        criterion: criterion.label[locale],
        value: formatPercent(weights[criterion.id] ?? 0),
      }),
    ),
    locale,
  );

  const setView = (view: ViewId) => {
    focusViewOnChange.current = true;
    update({ view });
  };

  const compareChart = (
    <ErrorBoundary part={t('charts.compareCaption')}>
      <Suspense fallback={<ChartPlaceholder />}>
        <ScoreRadar
          routes={selectedRoutes}
          criteria={edition.criteria}
          caption={t('charts.compareCaption')}
          styleIndex={styleIndex}
          fileName={`route-atlas-compare-${locale}`}
        />
      </Suspense>
    </ErrorBoundary>
  );

  return (
    <>
      <ViewNav
        state={state}
        criterionIds={edition.criteria.map((criterion) => criterion.id)}
        editable={renderEditor !== undefined}
        onSelect={setView}
      />
      {problems.length > 0 ? (
        <UrlProblemNotice
          problems={problems}
          // The notice moves focus to the content once its button is gone.
          onDismiss={dismissProblems}
        />
      ) : null}
      {pinyinFailed ? (
        <Notice tone="warning" role="status">
          <p>{t('routes.pinyinMissing')}</p>
          <Button size="small" onClick={retryPinyin}>
            {t('errorBoundary.retry')}
          </Button>
        </Notice>
      ) : null}

      {state.view === 'edit' ? (
        renderEditor ? (
          <ErrorBoundary part={t('views.edit')}>
            <EditorSlot render={renderEditor} onDone={() => setView('explore')} />
          </ErrorBoundary>
        ) : (
          <Notice tone="info" as="div">
            <p>{t('comparison.readOnly')}</p>
            {onMakeCopy ? <Button onClick={onMakeCopy}>{t('comparison.makeCopy')}</Button> : null}
          </Notice>
        )
      ) : state.view === 'compare' ? (
        <ErrorBoundary part={t('views.compare')}>
          <Suspense fallback={<ViewPlaceholder />}>
            <CompareView
              edition={edition}
              routes={selectedRoutes}
              weights={weights}
              baselineId={state.baseline}
              onBaselineChange={(baseline) => update({ baseline })}
              onRemove={(id) => setSelection(state.selection.filter((item) => item !== id))}
              onPickRoutes={() => setView('explore')}
              chart={selectedRoutes.length >= 2 ? compareChart : null}
              headingRef={focusIfChosen}
            />
          </Suspense>
        </ErrorBoundary>
      ) : state.view === 'decide' ? (
        <ErrorBoundary part={t('views.decide')}>
          <Suspense fallback={<ViewPlaceholder />}>
            <DecideView
              edition={edition}
              routes={selectedRoutes.length >= 2 ? selectedRoutes : filteredRoutes}
              scope={selectedRoutes.length >= 2 ? 'selection' : 'filtered'}
              weights={weights}
              onWeightsChange={(next, history) => update({ weights: next }, { history })}
              filtersActive={
                state.trendIds.length > 0 ||
                state.tagIds.length > 0 ||
                Object.keys(state.ranges).length > 0 ||
                state.query !== ''
              }
              onClearFilters={() => update({ trendIds: [], tagIds: [], ranges: {}, query: '' })}
              searchPending={searchPending}
              headingRef={focusIfChosen}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <ExploreView
          edition={edition}
          routesById={routesById}
          styleIndex={styleIndex}
          selection={state.selection}
          onToggleRoute={toggleRoute}
          onRemoveAllRoutes={myRoutes?.onRemoveAll}
          onBuildOwn={onBuildOwn}
          routes={{
            edition,
            state,
            update,
            rows,
            result,
            searchPending,
            rowSelection,
            onRowSelectionChange,
            overallHint: t('routes.overallWeighted', { weights: weightList }),
            weightList,
            pickedNames: selectedRoutes.map((route) => route.name[locale]),
            onClearPicks: () => {
              setSelection([]);
              routesHeading.current?.focus();
            },
            onOpenCompare: () => setView('compare'),
            status: pageStatus,
            pickStatus: status,
            headingRef: routesHeadingRef,
            focusHeading: () => routesHeading.current?.focus(),
            dataMenus: (view) => (
              <>
                <ExportMenu
                  table={view.table}
                  edition={edition}
                  routeIds={view.routeIds}
                  fileBase={`route-atlas-${edition.id}-${locale}`}
                />
                {dataControls}
              </>
            ),
            routeActions: myRoutes
              ? (row) => (
                  <Button
                    size="small"
                    onClick={() => {
                      myRoutes.onRemove(row.route);
                      routesHeading.current?.focus();
                    }}
                  >
                    {t('myRoutes.remove')}
                  </Button>
                )
              : undefined,
          }}
        />
      )}
    </>
  );
}

/** Renders the editor the page gave, with the dashboard's way back to the table. */
function EditorSlot({
  render,
  onDone,
}: {
  readonly render: (onDone: () => void) => ReactNode;
  readonly onDone: () => void;
}) {
  return render(onDone);
}
