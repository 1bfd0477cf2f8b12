import { Suspense, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { WhenNearViewport } from '../../components/ui/when-near-viewport';
import type { RouteLookup } from '../../domain/edition/model';
import type { Edition } from '../../domain/edition/schema';
import type { RouteRow } from '../../features/explore/model/route-rows';
import { UiLocaleOverride, useUiLocale } from '../../lib/i18n/use-ui-locale';
import { useAfterPaint } from '../../hooks/use-after-paint';
import { ChartPlaceholder, RadarCharts } from './lazy-views';

/** A trend radar draws at most this many routes (the best-ranked under the current weights). */
export const MAX_RADAR_ROUTES = 9;

/** What {@link TrendRadars} draws from. */
export interface TrendRadarsProps {
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
  const printing = usePrinting();
  const placeholders = (ref?: (element: HTMLElement | null) => void) => (
    <div ref={ref} className="radar-grid">
      {props.edition.trends.map((trend) => (
        <ChartPlaceholder key={trend.id} />
      ))}
    </div>
  );
  return (
    <WhenNearViewport placeholder={placeholders}>
      <Suspense fallback={placeholders()}>
        <RadarCharts {...props} printing={printing} />
      </Suspense>
    </WhenNearViewport>
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
