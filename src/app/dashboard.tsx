import type { RowSelectionState, Updater } from '@tanstack/react-table';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { equalPercentWeights } from '../domain/decide';
import type { Edition } from '../domain/edition-schema';
import { pinyinQuery, queryRoutes } from '../domain/route-query';
import { MAX_SELECTION, type ViewId } from '../domain/view-state';
import { formatPercent } from '../features/decide/format';
import { buildRouteRows } from '../features/routes-table/utils/route-rows';
import { TrendSection } from '../features/trend-overview/trend-section';
import { isPinyinReady, loadPinyin } from '../lib/pinyin';
import { useUiLocale } from '../lib/use-ui-locale';
import { ErrorBoundary } from './error-boundary';
import { RoutesSection } from './routes-section';
import { UrlProblemNotice } from './url-problem-notice';
import { useViewState } from './use-view-state';
import { ViewNav } from './view-nav';

// recharts is most of the JavaScript: the charts load in their own chunk, after the table.
const ScoreRadar = lazy(async () => ({ default: (await import('../features/score-radar/score-radar')).ScoreRadar }));

// The compare and decide views (and the slider library) load when first opened.
const CompareView = lazy(async () => ({
  default: (await import('../features/compare/compare-view')).CompareView,
}));
const DecideView = lazy(async () => ({ default: (await import('../features/decide/decide-view')).DecideView }));

function ViewPlaceholder() {
  return <div className="view view--placeholder" aria-hidden="true" />;
}

function ChartPlaceholder() {
  return <div className="radar radar--placeholder" aria-hidden="true" />;
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/** How long a one-line status message (e.g. "at most four routes") stays on screen, in ms. */
const STATUS_MS = 6000;

/**
 * The dashboard for one valid edition, in three views whose state lives in the address bar:
 * explore (introduction, routes table, trend radars, trend sections, conclusion), compare (2–4
 * picked routes side by side, with a baseline) and decide (weights, ranking, sensitivity).
 */
export function Dashboard({ edition }: { readonly edition: Edition }) {
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
    () => buildRouteRows(edition, locale, weights, { withPinyin: pinyinReady }),
    [edition, locale, weights, pinyinReady],
  );
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
    () => new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' }),
    [locale],
  );
  const result = useMemo(
    () =>
      queryRoutes(
        rows,
        {
          trendIds: state.trendIds,
          tagIds: state.tagIds,
          ranges: state.ranges,
          query: state.query,
          sorting: state.sorting,
        },
        collator,
      ),
    [rows, state.trendIds, state.tagIds, state.ranges, state.query, state.sorting, collator],
  );
  const filteredRoutes = useMemo(() => result.rows.map((row) => row.route), [result]);

  // One style per route for every chart, so a route keeps its colour and dash everywhere.
  const styleIndex = useMemo(() => new Map(edition.routes.map((route, index) => [route.id, index])), [edition]);
  const routesByTrend = useMemo(
    () =>
      new Map(edition.trends.map((trend) => [trend.id, edition.routes.filter((route) => route.trendId === trend.id)])),
    [edition],
  );

  const overallHint = t('routes.overallWeighted', {
    weights: edition.criteria
      .map((criterion) =>
        t('decide.weightItem', {
          criterion: criterion.label[locale],
          value: formatPercent(weights[criterion.id] ?? 0),
        }),
      )
      .join(t('decide.listJoiner')),
  });

  /** Sets the picked routes, refusing more than four with a polite message. */
  const setSelection = useCallback(
    (next: readonly string[]) => {
      if (next.length > MAX_SELECTION) {
        const extra = next.find((id) => !state.selection.includes(id));
        setStatus(
          t('selection.limit', { max: MAX_SELECTION, route: (extra && routesById.get(extra)?.name[locale]) ?? '' }),
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
      const next = resolve(updater, rowSelection);
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
    <ErrorBoundary>
      <Suspense fallback={<ChartPlaceholder />}>
        <ScoreRadar
          routes={selectedRoutes}
          criteria={edition.criteria}
          caption={t('charts.compareCaption')}
          styleIndex={styleIndex}
        />
      </Suspense>
    </ErrorBoundary>
  );

  return (
    <>
      <ViewNav state={state} criterionIds={edition.criteria.map((criterion) => criterion.id)} onSelect={setView} />
      {problems.length > 0 ? <UrlProblemNotice problems={problems} onDismiss={dismissProblems} /> : null}
      <p className={`status-toast${status ? ' status-toast--visible' : ''}`} role="status">
        {status}
      </p>

      {state.view === 'compare' ? (
        <ErrorBoundary>
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
        <ErrorBoundary>
          <Suspense fallback={<ViewPlaceholder />}>
            <DecideView
              edition={edition}
              routes={selectedRoutes.length >= 2 ? selectedRoutes : filteredRoutes}
              scope={selectedRoutes.length >= 2 ? 'selection' : 'filtered'}
              weights={weights}
              onWeightsChange={(next, history) => update({ weights: next }, { history })}
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
                {t('edition.stats', {
                  trends: edition.trends.length,
                  routes: edition.routes.length,
                  criteria: edition.criteria.length,
                })}
              </span>
            </p>
            <p className="scale-note">{t('edition.scaleNote')}</p>
          </section>

          <RoutesSection
            edition={edition}
            state={state}
            update={update}
            rows={rows}
            result={result}
            rowSelection={rowSelection}
            onRowSelectionChange={onRowSelectionChange}
            overallHint={overallHint}
            pickedNames={selectedRoutes.map((route) => route.name[locale])}
            onClearPicks={() => setSelection([])}
            onOpenCompare={() => setView('compare')}
            headingRef={routesHeadingRef}
            focusHeading={() => routesHeading.current?.focus()}
          />

          <section id="charts" className="panel" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{t('charts.heading')}</h2>
            <p className="section-intro">{t('charts.intro')}</p>
            <div className="radar-grid">
              {edition.trends.map((trend) => (
                <ErrorBoundary key={trend.id}>
                  <Suspense fallback={<ChartPlaceholder />}>
                    <ScoreRadar
                      routes={routesByTrend.get(trend.id) ?? []}
                      criteria={edition.criteria}
                      caption={t('charts.trendCaption', { trend: trend.name[locale] })}
                      styleIndex={styleIndex}
                    />
                  </Suspense>
                </ErrorBoundary>
              ))}
            </div>
          </section>

          <section id="trends" className="panel" aria-labelledby="trends-heading">
            <h2 id="trends-heading">{t('trends.heading')}</h2>
            {edition.trends.map((trend, index) => (
              <ErrorBoundary key={trend.id}>
                <TrendSection
                  trend={trend}
                  number={index + 1}
                  routes={routesByTrend.get(trend.id) ?? []}
                  criteria={edition.criteria}
                  selection={state.selection}
                  onToggleRoute={toggleRoute}
                />
              </ErrorBoundary>
            ))}
          </section>

          <section id="conclusion" className="panel conclusion" aria-labelledby="conclusion-heading">
            <h2 id="conclusion-heading">{t('conclusion.heading')}</h2>
            <p className="lead">{edition.summary[locale]}</p>
          </section>
        </>
      )}
    </>
  );
}
