import { Suspense, startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { WhenNearViewport } from '../../components/ui/when-near-viewport';
import type { RouteLookup } from '../../domain/edition/model';
import type { Edition } from '../../domain/edition/schema';
import type { RouteRow } from '../../features/explore/model/route-rows';
import { bestRanked } from '../../features/score-radar/model/best-ranked';
import { CJK_SPACING } from '../../lib/i18n/i18n';
import { UiLocaleOverride, useUiLocale } from '../../lib/i18n/use-ui-locale';
import { useAfterPaint } from '../../hooks/use-after-paint';
import { useNearViewport } from '../../hooks/use-near-viewport';
import { useStaggered } from '../../hooks/use-staggered';
import { ChartPlaceholder, ScoreRadar } from './lazy-views';

/** A trend radar draws at most this many routes (the best-ranked under the current weights). */
export const MAX_RADAR_ROUTES = 9;

/** What {@link TrendRadars} draws from. */
interface TrendRadarsProps {
  readonly edition: Edition;
  /** The rows the table shows (filtered), in any order. */
  readonly shownRows: readonly RouteRow[];
  readonly routesById: RouteLookup;
  /** One style per route for every chart, so a route keeps its colour and dash everywhere. */
  readonly styleIndex: ReadonlyMap<string, number>;
}

/**
 * The charts section: one radar per trend with the routes the table's filters leave, the
 * best-ranked few when there are many. recharts is most of the JavaScript: the radars (below the
 * table) load and draw when the reader first scrolls near them, then stay; the prerendered page
 * holds same-size placeholders.
 */
export function TrendRadars(props: TrendRadarsProps) {
  const uiLocale = useUiLocale();
  const { t } = uiLocale;
  // The charts take a new language after the page has painted it: redrawing three radars would
  // otherwise hold back the switch of every other label.
  const later = useAfterPaint(uiLocale);
  return (
    <section id="charts" className="panel" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('charts.heading')}</h2>
      <p className="section-intro">{t('charts.intro')}</p>
      <UiLocaleOverride value={later}>
        <RadarGrid {...props} />
      </UiLocaleOverride>
    </section>
  );
}

/**
 * The radars themselves, one per trend: same-size placeholders until the reader first scrolls near
 * them, the charts from then on.
 */
function RadarGrid(props: TrendRadarsProps) {
  return (
    <WhenNearViewport
      placeholder={(ref) => (
        <div ref={ref} className="radar-grid">
          {props.edition.trends.map((trend) => (
            <ChartPlaceholder key={trend.id} />
          ))}
        </div>
      )}
    >
      <RadarCharts {...props} />
    </WhenNearViewport>
  );
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
function RadarCharts({ edition, shownRows, routesById, styleIndex }: TrendRadarsProps) {
  const { t, locale } = useUiLocale();
  const printing = usePrinting();
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

/**
 * Whether the page is being printed (between `beforeprint` and `afterprint`). The change is
 * rendered before the browser lays the page out for print.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const onBefore = () => flushSync(() => setPrinting(true));
    const onAfter = () => setPrinting(false);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    };
  }, []);
  return printing;
}
