import { Suspense, useMemo } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { routeIndex } from '../../domain/edition/model';
import type { Edition, Route } from '../../domain/edition/schema';
import type { Weights } from '../../domain/scoring';
import type { UpdateOptions, ViewPatch, ViewState } from '../../domain/view-state';
import { RoutesTable } from '../../features/explore/components/routes-table';
import type { QueryResult } from '../../features/explore/model/route-query';
import type { RouteRow } from '../../features/explore/model/route-rows';
import { bestRanked } from '../../features/score-radar/model/best-ranked';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { retryableLazy } from '../../lib/retryable-lazy';
import { ChartPlaceholder, ScoreRadar } from '../dashboard/lazy-views';
import { MAX_RADAR_ROUTES } from '../dashboard/trend-radars';

// Decide's ranking (and its strings) load only in a ranking's embed.
const DecideRanking = retryableLazy(
  async () => (await import('../../features/decide/components/decide-ranking')).DecideRanking,
);

/** The long text columns stay in each route's details line: a frame has room for the scores. */
const EMBED_COLUMNS = { strengths: false, weaknesses: false, tags: false };

const noChange = () => undefined;

/**
 * One trend's score radar, filling the frame: the routes of trend `trendId` that the link's other
 * filters leave, the best-ranked few under its weights when there are many, as the full page's
 * radar of that trend draws them (same colours and dashes).
 */
export function EmbedRadar({
  edition,
  trendId,
  result,
}: {
  readonly edition: Edition;
  readonly trendId: string;
  /** The link's filters applied, its trend filter naming `trendId` only. */
  readonly result: QueryResult<RouteRow>;
}) {
  const { t, locale } = useUiLocale();
  const styleIndex = routeIndex(edition.routes);
  // The choice is keyed by its ids, so a new sort (same routes) leaves the chart untouched.
  const [drawnIds, matching] = useMemo(() => {
    const trendRows = result.rows.filter((row) => row.trendId === trendId);
    const best = bestRanked(trendRows, MAX_RADAR_ROUTES, (row) => row.overall);
    return [best.map((row) => row.id).join(','), trendRows.length] as const;
  }, [result, trendId]);
  const routes = useMemo(() => {
    const byId = new Map(edition.routes.map((route) => [route.id, route]));
    return drawnIds.split(',').flatMap((id) => byId.get(id) ?? []);
  }, [edition, drawnIds]);
  const trend = edition.trends.find((item) => item.id === trendId);
  const caption = t('embed.radarCaption', { trend: trend?.name[locale] ?? trendId });
  if (routes.length === 0) return <p className="embed-message">{t('charts.noneMatch')}</p>;
  return (
    <ErrorBoundary part={t('charts.radarPart', { trend: trend?.name[locale] ?? trendId })}>
      <Suspense fallback={<ChartPlaceholder />}>
        <ScoreRadar
          routes={routes}
          criteria={edition.criteria}
          caption={
            matching > routes.length
              ? `${caption} ${t('charts.topOf', { shown: routes.length, total: matching })}`
              : caption
          }
          styleIndex={styleIndex}
          fill
        />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * The routes table as the link sets it up (filters, search, sort, grouping, baseline), scrolling
 * inside the frame when it has more rows than fit. A sort clicked here changes the frame's address
 * in place, never the host page's history.
 */
export function EmbedTable({
  edition,
  state,
  update,
  result,
  overallHint,
}: {
  readonly edition: Edition;
  readonly state: ViewState;
  readonly update: (patch: ViewPatch, options?: UpdateOptions) => void;
  readonly result: QueryResult<RouteRow>;
  readonly overallHint: string;
}) {
  const { t, locale } = useUiLocale();
  const picked = useMemo(() => Object.fromEntries(state.selection.map((id) => [id, true as const])), [state.selection]);
  return (
    <ErrorBoundary part={t('routes.heading')}>
      <RoutesTable
        rows={result.rows}
        criteria={edition.criteria}
        own={edition.kind === 'user'}
        editionTitle={edition.title[locale]}
        sorting={[...state.sorting]}
        onSortingChange={(updater) => {
          const sorting = typeof updater === 'function' ? updater([...state.sorting]) : updater;
          update({ sorting }, { history: 'replace' });
        }}
        query={state.query}
        rowSelection={picked}
        onRowSelectionChange={noChange}
        columnVisibility={EMBED_COLUMNS}
        onColumnVisibilityChange={noChange}
        groupByTrend={state.groupByTrend}
        baselineId={state.baseline}
        overallHint={overallHint}
        onClearFilters={() => update({ trendIds: [], tagIds: [], ranges: {}, query: '' }, { history: 'replace' })}
        selectable={false}
      />
    </ErrorBoundary>
  );
}

/** Decide's ranking as the link sets it up: its picks (two or more), else the routes its filters leave. */
export function EmbedRanking({
  edition,
  routes,
  weights,
}: {
  readonly edition: Edition;
  readonly routes: readonly Route[];
  readonly weights: Weights;
}) {
  const { t } = useUiLocale();
  return (
    <ErrorBoundary part={t('views.decide')}>
      <Suspense fallback={<div className="view--placeholder" aria-hidden="true" />}>
        <div className="embed-ranking">
          {/* The full view's advice (filter the table, pick routes) has no place in a frame. */}
          <DecideRanking edition={edition} routes={routes} weights={weights} trendByTrendNote={t('embed.byTrend')} />
        </div>
      </Suspense>
    </ErrorBoundary>
  );
}
