import { functionalUpdate, type RowSelectionState, type Updater } from '@tanstack/react-table';
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { WhenNearViewport } from '../../components/ui/when-near-viewport';
import { equalPercentWeights } from '../../features/decide/model/decide';
import type { Edition, Route } from '../../domain/edition/schema';
import type { ScoreOverride } from '../../domain/score-overrides';
import { pinyinQuery, queryRoutes } from '../../features/explore/model/route-query';
import { MAX_SELECTION, type ViewId } from '../../domain/view-state';
import { formatPercent } from '../../features/decide/model/format';
import { buildRouteRows, warmSearchKeys, type RouteRow } from '../../features/explore/model/route-rows';
import { ExportMenu } from '../../features/share/components/export-menu';
import { TrendSection } from '../../features/trends/components/trend-section';
import { CJK_SPACING } from '../../lib/i18n/i18n';
import { isPinyinReady, loadPinyin } from '../../features/explore/model/pinyin';
import { retryableLazy } from '../../lib/retryable-lazy';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { focusMainContent } from '../../lib/focus-main-content';
import { RoutesSection } from '../../features/explore/components/routes-section';
import { InteractiveMark } from '../interactive-mark';
import { UrlProblemNotice } from './url-problem-notice';
import { useViewState } from './use-view-state';
import { ViewNav } from './view-nav';

// recharts is most of the JavaScript: the charts load in their own chunk, after the table.
const ScoreRadar = retryableLazy(
  async () => (await import('../../features/score-radar/components/score-radar')).ScoreRadar,
);

// The compare and decide views (and the slider library) load when first opened.
const CompareView = retryableLazy(
  async () => (await import('../../features/compare/components/compare-view')).CompareView,
);
const DecideView = retryableLazy(async () => (await import('../../features/decide/components/decide-view')).DecideView);

/**
 * One section of the explore view: its own error boundary (a fault leaves the other sections
 * usable and names the section), and its own Suspense boundary, so a prerendered page hydrates it
 * on its own, after the shell.
 */
function SectionBoundary({ part, children }: { readonly part: string; readonly children: ReactNode }) {
  return (
    <ErrorBoundary part={part}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function ViewPlaceholder() {
  return <div className="view view--placeholder" aria-hidden="true" />;
}

function ChartPlaceholder() {
  return <div className="radar radar--placeholder" aria-hidden="true" />;
}

/**
 * The `count` rows with the highest overall score, best first (ties keep their order), in one
 * pass: a trend of 30 000 routes is not sorted to draw nine of them.
 */
function bestRanked(rows: readonly RouteRow[], count: number): RouteRow[] {
  if (rows.length <= count) return [...rows];
  const best: RouteRow[] = [];
  const score = (row: RouteRow) => row.overall ?? -Infinity;
  for (const row of rows) {
    const last = best.at(-1);
    if (best.length === count && last && score(row) <= score(last)) continue;
    let at = best.length;
    while (at > 0 && score(row) > score(best[at - 1] as RouteRow)) at -= 1;
    best.splice(at, 0, row);
    if (best.length > count) best.pop();
  }
  return best;
}

/** A trend radar draws at most this many routes (the best-ranked under the current weights). */
const MAX_RADAR_ROUTES = 9;
/** A trend section shows at most this many route cards; the table has them all. */
const MAX_TREND_CARDS = 12;

/** How long a one-line status message (e.g. "at most four routes") stays on screen, in ms. */
const STATUS_MS = 6000;

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
  /** Saves (or, with `undefined`, resets) the reader's own score; scores are editable when given. */
  readonly onScoreChange?: (routeId: string, criterionId: string, override: ScoreOverride | undefined) => void;
  /** Given when the edition is "My routes": its routes can be removed one by one or all at once. */
  readonly myRoutes?: { readonly onRemove: (route: Route) => void; readonly onRemoveAll: () => void } | undefined;
}

export function Dashboard({ edition, dataControls, onScoreChange, myRoutes }: DashboardProps) {
  const { t, locale } = useUiLocale();
  const { state, update, problems, dismissProblems } = useViewState(edition);
  const [status, setStatus] = useState<string>('');
  const routesHeading = useRef<HTMLHeadingElement>(null);
  const focusViewOnChange = useRef(false);

  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

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

  const weights = useMemo(() => state.weights ?? equalPercentWeights(edition.criteria), [state.weights, edition]);
  // The rows and the query follow the view a moment behind the controls: a click or a keystroke
  // paints at once (the pressed button, the typed letter, the new language's labels), and a large
  // edition's rows are rebuilt and filtered in a render React can interrupt.
  const rowsLocale = useDeferredValue(locale);
  const rowsWeights = useDeferredValue(weights);
  const queryState = useDeferredValue(state);
  // Pinyin matching loads with the first Latin search; the rows then rebuild with pinyin keys.
  const [pinyinReady, setPinyinReady] = useState(isPinyinReady);
  const wantsPinyin = !pinyinReady && pinyinQuery(state.query) !== '';
  useEffect(() => {
    if (!wantsPinyin) return;
    let live = true;
    void loadPinyin().then(() => {
      if (live) setPinyinReady(true);
    });
    return () => {
      live = false;
    };
  }, [wantsPinyin]);
  const rows = useMemo(
    () => buildRouteRows(edition, rowsLocale, rowsWeights, { withPinyin: pinyinReady }),
    [edition, rowsLocale, rowsWeights, pinyinReady],
  );
  useEffect(() => warmSearchKeys(edition), [edition]);
  const routesById = useMemo(() => new Map(edition.routes.map((route) => [route.id, route])), [edition]);
  const selectedRoutes = useMemo(
    () => state.selection.flatMap((id) => routesById.get(id) ?? []),
    [state.selection, routesById],
  );
  const rowSelection = useMemo<RowSelectionState>(
    () => Object.fromEntries(state.selection.map((id) => [id, true])),
    [state.selection],
  );

  const collator = useMemo(
    () => new Intl.Collator(rowsLocale === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' }),
    [rowsLocale],
  );
  const result = useMemo(
    () =>
      queryRoutes(
        rows,
        {
          trendIds: queryState.trendIds,
          tagIds: queryState.tagIds,
          ranges: queryState.ranges,
          query: queryState.query,
          sorting: queryState.sorting,
        },
        collator,
      ),
    [rows, queryState.trendIds, queryState.tagIds, queryState.ranges, queryState.query, queryState.sorting, collator],
  );
  // Only the decide view ranks the filtered routes; a 100 000-route list is not copied otherwise.
  const filteredRoutes = useMemo(
    () => (state.view === 'decide' ? result.rows.map((row) => row.route) : []),
    [result, state.view],
  );

  // One style per route for every chart, so a route keeps its colour and dash everywhere.
  const styleIndex = useMemo(() => new Map(edition.routes.map((route, index) => [route.id, index])), [edition]);
  // The article's route cards per trend; a generated or imported edition can hold thousands.
  const cardsByTrend = useMemo(() => {
    const cards = new Map(edition.trends.map((trend) => [trend.id, { routes: [] as Route[], total: 0 }]));
    for (const route of edition.routes) {
      const entry = cards.get(route.trendId);
      if (!entry) continue;
      entry.total += 1;
      if (entry.routes.length < MAX_TREND_CARDS) entry.routes.push(route);
    }
    return cards;
  }, [edition]);
  // Each trend radar draws the routes the table's filters leave, the best-ranked few when there are
  // many. The choice is keyed by its ids, so a sort (same routes) leaves the charts untouched.
  const radarKey = useMemo(() => {
    const byTrend = new Map(edition.trends.map((trend) => [trend.id, [] as RouteRow[]]));
    for (const row of result.rows) byTrend.get(row.trendId)?.push(row);
    return JSON.stringify(
      [...byTrend].map(([trendId, trendRows]) => [
        trendId,
        trendRows.length,
        bestRanked(trendRows, MAX_RADAR_ROUTES).map((row) => row.id),
      ]),
    );
  }, [edition, result]);
  const radarByTrend = useMemo(
    () =>
      new Map(
        (JSON.parse(radarKey) as [string, number, string[]][]).map(([trendId, total, ids]) => [
          trendId,
          { routes: ids.flatMap((id) => routesById.get(id) ?? []), total },
        ]),
      ),
    [radarKey, routesById],
  );

  const weightList = edition.criteria
    .map((criterion) =>
      t('decide.weightItem', {
        criterion: criterion.label[locale],
        value: formatPercent(weights[criterion.id] ?? 0),
      }),
    )
    .join(t('decide.listJoiner'));
  const overallHint = t('routes.overallWeighted', { weights: weightList });

  /** Sets the picked routes, refusing more than four with a polite message. */
  const setSelection = useCallback(
    (next: readonly string[]) => {
      if (next.length > MAX_SELECTION) {
        const extra = next.find((id) => !state.selection.includes(id));
        setStatus(
          t('selection.limit', {
            max: MAX_SELECTION,
            route: (extra && routesById.get(extra)?.name[locale]) ?? '',
            postProcess: CJK_SPACING,
          }),
        );
        return;
      }
      setStatus('');
      update((current) => ({
        selection: next,
        baseline: current.baseline !== undefined && next.includes(current.baseline) ? current.baseline : undefined,
      }));
    },
    [state.selection, update, t, routesById, locale],
  );
  const toggleRoute = useCallback(
    (id: string) =>
      setSelection(
        state.selection.includes(id) ? state.selection.filter((item) => item !== id) : [...state.selection, id],
      ),
    [setSelection, state.selection],
  );
  const onRowSelectionChange = useCallback(
    (updater: Updater<RowSelectionState>) => {
      const next = functionalUpdate(updater, rowSelection);
      // Keep the order routes were picked in; newly ticked ones go last.
      const kept = state.selection.filter((id) => next[id]);
      const added = Object.keys(next).filter((id) => next[id] && !kept.includes(id));
      setSelection([...kept, ...added]);
    },
    [rowSelection, state.selection, setSelection],
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
      <ViewNav state={state} criterionIds={edition.criteria.map((criterion) => criterion.id)} onSelect={setView} />
      {problems.length > 0 ? (
        <UrlProblemNotice
          problems={problems}
          onDismiss={() => {
            dismissProblems();
            // The notice and its button are gone: focus goes back to the start of the content.
            focusMainContent();
          }}
        />
      ) : null}
      <p className={`status-toast${status ? ' status-toast--visible' : ''}`} role="status">
        {status}
      </p>

      {state.view === 'compare' ? (
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
              headingRef={focusIfChosen}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <>
          <section className="hero" aria-labelledby="edition-title">
            <h1 id="edition-title">{edition.title[locale]}</h1>
            <p className="lead">{edition.introduction[locale]}</p>
            <p className="hero__meta">
              <span>
                {[
                  t('edition.trendCount', { count: edition.trends.length }),
                  t('edition.routeCount', { count: edition.routes.length }),
                  t('edition.criterionCount', { count: edition.criteria.length }),
                ].join(' · ')}
              </span>
            </p>
            <p className="scale-note">{t('edition.scaleNote')}</p>
            {myRoutes ? <RemoveAllRoutes count={edition.routes.length} onRemoveAll={myRoutes.onRemoveAll} /> : null}
          </section>

          {/* On a prerendered page React hydrates each section on its own after the shell, in
              slices, so no one long task holds the page. */}
          <SectionBoundary part={t('routes.heading')}>
            <RoutesSection
              edition={edition}
              state={state}
              update={update}
              rows={rows}
              result={result}
              rowSelection={rowSelection}
              onRowSelectionChange={onRowSelectionChange}
              overallHint={overallHint}
              weightList={weightList}
              pickedNames={selectedRoutes.map((route) => route.name[locale])}
              onClearPicks={() => {
                setSelection([]);
                routesHeading.current?.focus();
              }}
              onOpenCompare={() => setView('compare')}
              headingRef={routesHeadingRef}
              focusHeading={() => routesHeading.current?.focus()}
              dataMenus={(view) => (
                <>
                  <ExportMenu
                    table={view.table}
                    edition={edition}
                    routeIds={view.routeIds}
                    fileBase={`route-atlas-${edition.id}-${locale}`}
                  />
                  {dataControls}
                </>
              )}
              onScoreChange={onScoreChange}
              routeActions={
                myRoutes
                  ? (row) => (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          myRoutes.onRemove(row.route);
                          routesHeading.current?.focus();
                        }}
                      >
                        {t('myRoutes.remove')}
                      </button>
                    )
                  : undefined
              }
            />
          </SectionBoundary>

          <SectionBoundary part={t('charts.heading')}>
            <section id="charts" className="panel" aria-labelledby="charts-heading">
              <h2 id="charts-heading">{t('charts.heading')}</h2>
              <p className="section-intro">{t('charts.intro')}</p>
              {/* recharts is most of the JavaScript: the trend radars (below the table) load and draw
                when the reader first scrolls near them, then stay. The prerendered page holds
                same-size placeholders. */}
              <WhenNearViewport
                placeholder={(ref) => (
                  <div ref={ref} className="radar-grid">
                    {edition.trends.map((trend) => (
                      <ChartPlaceholder key={trend.id} />
                    ))}
                  </div>
                )}
              >
                <div className="radar-grid">
                  {edition.trends.map((trend) => {
                    const radar = radarByTrend.get(trend.id) ?? { routes: [], total: 0 };
                    const caption = t('charts.trendCaption', { trend: trend.name[locale] });
                    return (
                      <ErrorBoundary
                        key={trend.id}
                        part={t('charts.radarPart', { trend: trend.name[locale], postProcess: CJK_SPACING })}
                      >
                        {radar.routes.length === 0 ? (
                          <figure className="radar radar--empty">
                            <p>{t('charts.noneMatch')}</p>
                            <figcaption>{caption}</figcaption>
                          </figure>
                        ) : (
                          <Suspense fallback={<ChartPlaceholder />}>
                            <ScoreRadar
                              routes={radar.routes}
                              criteria={edition.criteria}
                              caption={
                                radar.total > radar.routes.length
                                  ? `${caption} ${t('charts.topOf', { shown: radar.routes.length, total: radar.total })}`
                                  : caption
                              }
                              styleIndex={styleIndex}
                              fileName={`route-atlas-${trend.id}-${locale}`}
                            />
                          </Suspense>
                        )}
                      </ErrorBoundary>
                    );
                  })}
                </div>
              </WhenNearViewport>
            </section>
          </SectionBoundary>

          <SectionBoundary part={t('trends.heading')}>
            <section id="trends" className="panel" aria-labelledby="trends-heading">
              <h2 id="trends-heading">{t('trends.heading')}</h2>
              {edition.trends.map((trend, index) => (
                <ErrorBoundary key={trend.id} part={trend.name[locale]}>
                  <TrendSection
                    trend={trend}
                    number={index + 1}
                    routes={cardsByTrend.get(trend.id)?.routes ?? []}
                    totalRoutes={cardsByTrend.get(trend.id)?.total ?? 0}
                    criteria={edition.criteria}
                    selection={state.selection}
                    onToggleRoute={toggleRoute}
                  />
                </ErrorBoundary>
              ))}
            </section>
          </SectionBoundary>

          <SectionBoundary part={t('conclusion.heading')}>
            <section id="conclusion" className="panel conclusion" aria-labelledby="conclusion-heading">
              <h2 id="conclusion-heading">{t('conclusion.heading')}</h2>
              <p className="lead">{edition.summary[locale]}</p>
            </section>
            {/* The last section to hydrate: the page is live from here on. */}
            <InteractiveMark />
          </SectionBoundary>
        </>
      )}
    </>
  );
}

/** "Remove all my routes", asking once more before it removes anything. */
function RemoveAllRoutes({ count, onRemoveAll }: { readonly count: number; readonly onRemoveAll: () => void }) {
  const { t } = useUiLocale();
  const [asking, setAsking] = useState(false);
  // Focus follows the question: to "Keep them" when it opens, back to the button when kept.
  const kept = useRef(false);
  const focusOnKeep = useCallback((node: HTMLButtonElement | null) => {
    if (node && kept.current) node.focus();
    kept.current = false;
  }, []);
  const focusOnAsk = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);
  if (!asking) {
    return (
      <p>
        <button ref={focusOnKeep} type="button" className="button button--small" onClick={() => setAsking(true)}>
          {t('myRoutes.removeAll')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice notice--warning confirm" role="group" aria-labelledby="remove-all-question">
      <p id="remove-all-question">{t('myRoutes.removeAllConfirm', { count })}</p>
      <div className="confirm__actions">
        <button type="button" className="button button--small button--danger" onClick={onRemoveAll}>
          {t('myRoutes.removeAllYes')}
        </button>
        <button
          ref={focusOnAsk}
          type="button"
          className="button button--small"
          onClick={() => {
            kept.current = true;
            setAsking(false);
          }}
        >
          {t('myRoutes.keep')}
        </button>
      </div>
    </div>
  );
}
