import { lazy, Suspense, useMemo, useRef } from 'react';
import type { Edition } from '../domain/edition-schema';
import { matchesQuery } from '../domain/search';
import { RoutesTable } from '../features/routes-table/routes-table';
import { RoutesTableToolbar, type TrendOption } from '../features/routes-table/routes-table-toolbar';
import { buildRouteRows } from '../features/routes-table/utils/route-rows';
import { CompareScoreTable } from '../features/compare/compare-score-table';
import { TrendSection } from '../features/trend-overview/trend-section';
import { ErrorBoundary } from './error-boundary';
import { useDashboardState } from './use-dashboard-state';
import { useUiLocale } from '../lib/use-ui-locale';

// recharts is most of the JavaScript: the charts load in their own chunk, after the table.
const ScoreRadar = lazy(async () => ({ default: (await import('../features/score-radar/score-radar')).ScoreRadar }));

function ChartPlaceholder() {
  return <div className="radar radar--placeholder" aria-hidden="true" />;
}

/**
 * The dashboard for one valid edition: introduction, routes table with trend filter and search,
 * compare radar for the ticked routes, one radar per trend, the trend sections and the conclusion.
 */
export function Dashboard({ edition }: { readonly edition: Edition }) {
  const { t, locale } = useUiLocale();
  const state = useDashboardState();
  // Buttons that remove themselves hand focus to where the reader's attention goes next.
  const compareHeading = useRef<HTMLHeadingElement>(null);
  const routesHeading = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => buildRouteRows(edition, locale), [edition, locale]);

  const matching = useMemo(() => rows.filter((row) => matchesQuery(row.searchText, state.query)), [rows, state.query]);
  const trendOptions: TrendOption[] = edition.trends.map((trend) => ({
    id: trend.id,
    label: trend.name[locale],
    count: matching.filter((row) => row.trendId === trend.id).length,
  }));

  // One style per route for every chart, so a route keeps its colour and dash everywhere.
  const styleIndex = useMemo(() => new Map(edition.routes.map((route, index) => [route.id, index])), [edition]);
  // Stable arrays per edition and selection: the radars memoise their data on them.
  const routesByTrend = useMemo(
    () =>
      new Map(edition.trends.map((trend) => [trend.id, edition.routes.filter((route) => route.trendId === trend.id)])),
    [edition],
  );
  const selectedRoutes = useMemo(
    () => edition.routes.filter((route) => state.rowSelection[route.id]),
    [edition, state.rowSelection],
  );
  const selectedTrends = new Set(selectedRoutes.map((route) => route.trendId));

  return (
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

      <section id="routes" className="panel" aria-labelledby="routes-heading">
        <h2 id="routes-heading" ref={routesHeading} tabIndex={-1}>
          {t('routes.heading')}
        </h2>
        <p className="section-intro">{t('routes.intro')}</p>
        <RoutesTableToolbar
          trends={trendOptions}
          trendIds={state.trendIds}
          onTrendIdsChange={state.setTrendIds}
          totalCount={matching.length}
          query={state.query}
          onQueryChange={state.setQuery}
        />
        <RoutesTable
          rows={rows}
          criteria={edition.criteria}
          editionTitle={edition.title[locale]}
          sorting={state.sorting}
          onSortingChange={state.setSorting}
          trendIds={state.trendIds}
          query={state.query}
          rowSelection={state.rowSelection}
          onRowSelectionChange={state.setRowSelection}
          onClearFilters={() => {
            state.clearFilters();
            routesHeading.current?.focus();
          }}
        />
        <div className="compare" aria-labelledby="compare-heading">
          <div className="compare__header">
            <h3 id="compare-heading" ref={compareHeading} tabIndex={-1}>
              {t('charts.compareHeading')}
            </h3>
            {selectedRoutes.length > 0 ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  state.setRowSelection({});
                  compareHeading.current?.focus();
                }}
              >
                {t('charts.clearSelection')}
              </button>
            ) : null}
          </div>
          {selectedRoutes.length < 2 ? (
            <p className="compare__empty">
              {selectedRoutes.length === 1 ? t('charts.compareOne') : t('charts.compareEmpty')}
            </p>
          ) : (
            <>
              {selectedTrends.size > 1 ? (
                <p className="notice notice--info" role="note">
                  {t('charts.mixedTrends')}
                </p>
              ) : null}
              <div className="compare__body">
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
                <CompareScoreTable routes={selectedRoutes} criteria={edition.criteria} />
              </div>
            </>
          )}
        </div>
      </section>

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
            />
          </ErrorBoundary>
        ))}
      </section>

      <section id="conclusion" className="panel conclusion" aria-labelledby="conclusion-heading">
        <h2 id="conclusion-heading">{t('conclusion.heading')}</h2>
        <p className="lead">{edition.summary[locale]}</p>
      </section>
    </>
  );
}
