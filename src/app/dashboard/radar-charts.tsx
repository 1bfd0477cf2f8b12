// The trend radars once the reader nears them (see TrendRadars): a chunk of their own, so the live
// page carries only their placeholders.
import { Suspense, startTransition, useCallback, useMemo, useState } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import type { RouteRow } from '../../features/explore/model/route-rows';
import { bestRanked } from '../../features/score-radar/model/best-ranked';
import { CJK_SPACING } from '../../lib/i18n/i18n';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { useAfterPaint } from '../../hooks/use-after-paint';
import { useNearViewport } from '../../hooks/use-near-viewport';
import { useStaggered } from '../../hooks/use-staggered';
import { ChartPlaceholder, ScoreRadar } from './lazy-views';
import { MAX_RADAR_ROUTES, type TrendRadarsProps } from './trend-radars';

/** What {@link RadarCharts} draws from. */
export interface RadarChartsProps extends TrendRadarsProps {
  /** True while the page is being printed: the radars follow the table at once. */
  readonly printing: boolean;
}

/**
 * `value` while `follow` is true; while it is false, the value it had when `follow` last was true
 * (or the first one). A part of the page out of sight keeps what it shows and does no work for a
 * change it cannot show; it catches up when it comes back.
 */
function useFollowWhile<T>(follow: boolean, value: T): T {
  const [kept, setKept] = useState(value);
  // Set while rendering, as React allows for state derived from props: no extra commit.
  if (follow && !Object.is(kept, value)) setKept(value);
  return follow ? value : kept;
}

/** One radar per trend, with the best-ranked routes the table's filters leave. */
export function RadarCharts({ edition, shownRows, routesById, styleIndex, printing }: RadarChartsProps) {
  const { t, locale } = useUiLocale();
  const [grid, setGrid] = useState<HTMLElement | null>(null);
  // Set while React commits: as a transition, so that the commit stays as it was.
  const placeGrid = useCallback((element: HTMLElement | null) => startTransition(() => setGrid(element)), []);
  // Out of view, the radars keep their routes: at 100 000 routes choosing each trend's routes and
  // redrawing three charts on every sort, facet or keystroke cost tens of ms nobody could see. They
  // catch up as the grid's edge comes into view. (They load a screen earlier, see RadarGrid.)
  const near = useNearViewport(grid, '0px') !== false;
  // Once near, they follow the table after its rows are painted, so the rows paint first; for
  // print at once, since the printout is laid out before the next paint.
  const followed = useFollowWhile(near, shownRows);
  const afterPaint = useAfterPaint(followed);
  const deferredRows = printing ? followed : afterPaint;
  // The choice is keyed by its ids, so a sort (same routes) leaves the charts untouched.
  const radarKey = useMemo(() => {
    const byTrend = new Map(edition.trends.map((trend) => [trend.id, [] as RouteRow[]]));
    for (const row of deferredRows) byTrend.get(row.trendId)?.push(row);
    return JSON.stringify(
      [...byTrend].map(([trendId, trendRows]) => [
        trendId,
        trendRows.length,
        // Ties go to the edition's order, so sorting the table leaves the charts as they are. The
        // row's own place, not a lookup of its id: at 300 000 routes of few distinct scores, most
        // comparisons are ties, and the lookups were a third of choosing the routes.
        bestRanked(
          trendRows,
          MAX_RADAR_ROUTES,
          (row) => row.overall,
          (row) => row.place,
        ).map((row) => row.id),
      ]),
    );
  }, [edition, deferredRows]);
  // One radar per trend, in the edition's order: the same objects while the choice stands.
  const radars = useMemo(() => {
    const byTrend = new Map(
      (JSON.parse(radarKey) as [string, number, string[]][]).map(([trendId, total, ids]) => [
        trendId,
        { trendId, routes: ids.flatMap((id) => routesById.get(id) ?? []), total },
      ]),
    );
    return edition.trends.map((trend) => byTrend.get(trend.id) ?? { trendId: trend.id, routes: [], total: 0 });
  }, [edition.trends, radarKey, routesById]);
  // A radar at a time, each after the one before has painted (see useStaggered); a trend's own
  // radar only, so a new edition's trend never shows another's routes meanwhile.
  const shownRadars = useStaggered(radars, printing);

  return (
    <div ref={placeGrid} className="radar-grid">
      {edition.trends.map((trend, place) => {
        const radar = shownRadars[place];
        if (radar?.trendId !== trend.id) return <ChartPlaceholder key={trend.id} />;
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
  );
}
