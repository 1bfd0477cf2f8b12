import { Suspense, useMemo, type ReactNode } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import type { RouteLookup } from '../../domain/edition/model';
import type { Edition, Route } from '../../domain/edition/schema';
import { RoutesSection, type RoutesSectionProps } from '../../features/explore/components/routes-section';
import { RemoveAllRoutes } from '../../features/my-editions/components/remove-all-routes';
import { TrendSection } from '../../features/trends/components/trend-section';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { InteractiveMark } from '../interactive-mark';
import { TrendRadars } from './trend-radars';

/** A trend section shows at most this many route cards; the table has them all. */
const MAX_TREND_CARDS = 12;

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

/**
 * The explore view: the edition's introduction, the routes section (filters, search, table,
 * picks), one radar per trend, the trend sections and the conclusion. On a prerendered page React
 * hydrates each section on its own after the shell, in slices, so no one long task holds the page.
 */
export function ExploreView({
  edition,
  routes,
  routesById,
  styleIndex,
  selection,
  onToggleRoute,
  onRemoveAllRoutes,
  onBuildOwn,
}: {
  readonly edition: Edition;
  /** The routes section, as composed by the dashboard. */
  readonly routes: RoutesSectionProps;
  readonly routesById: RouteLookup;
  readonly styleIndex: ReadonlyMap<string, number>;
  readonly selection: readonly string[];
  readonly onToggleRoute: (id: string) => void;
  /** Given when the edition is My routes: "Remove all my routes" under the title. */
  readonly onRemoveAllRoutes?: (() => void) | undefined;
  /**
   * Given on the article's edition: the first screen says what Route Atlas is for and offers both
   * paths, exploring this comparison or building one's own (this starts a blank one).
   */
  readonly onBuildOwn?: (() => void) | undefined;
}) {
  const { t, locale } = useUiLocale();
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

  // A comparison of the reader's own: nothing that only fits the article is said of it.
  const own = edition.kind === 'user';
  const summary = edition.summary[locale];
  return (
    <>
      <section className="hero" aria-labelledby="edition-title">
        {onBuildOwn ? (
          <p className="purpose">
            <span>{t('comparison.purpose')}</span>{' '}
            <a className="purpose__path" href="#routes">
              {t('comparison.explore')}
            </a>{' '}
            <button type="button" className="purpose__path" onClick={onBuildOwn}>
              {t('comparison.buildOwn')}
            </button>
          </p>
        ) : null}
        <h1 id="edition-title">{edition.title[locale]}</h1>
        {edition.introduction[locale] ? <p className="lead">{edition.introduction[locale]}</p> : null}
        <p className="hero__meta">
          <span>
            {[
              own
                ? t('comparison.groupCount', { count: edition.trends.length })
                : t('edition.trendCount', { count: edition.trends.length }),
              t('edition.routeCount', { count: edition.routes.length }),
              t('edition.criterionCount', { count: edition.criteria.length }),
            ].join(' · ')}
          </span>
        </p>
        <p className="scale-note">{own ? t('comparison.scaleNote') : t('edition.scaleNote')}</p>
        {onRemoveAllRoutes ? <RemoveAllRoutes count={edition.routes.length} onRemoveAll={onRemoveAllRoutes} /> : null}
      </section>

      <SectionBoundary part={t('routes.heading')}>
        <RoutesSection {...routes} />
      </SectionBoundary>

      <SectionBoundary part={t('charts.heading')}>
        <TrendRadars edition={edition} shownRows={routes.result.rows} routesById={routesById} styleIndex={styleIndex} />
      </SectionBoundary>

      <SectionBoundary part={t('trends.heading')}>
        <section id="trends" className="panel" aria-labelledby="trends-heading">
          <h2 id="trends-heading">{own ? t('comparison.groupsHeading') : t('trends.heading')}</h2>
          {edition.trends.map((trend, index) => (
            <ErrorBoundary key={trend.id} part={trend.name[locale]}>
              <TrendSection
                trend={trend}
                number={index + 1}
                routes={cardsByTrend.get(trend.id)?.routes ?? []}
                totalRoutes={cardsByTrend.get(trend.id)?.total ?? 0}
                criteria={edition.criteria}
                selection={selection}
                onToggleRoute={onToggleRoute}
              />
            </ErrorBoundary>
          ))}
        </section>
      </SectionBoundary>

      <SectionBoundary part={t('conclusion.heading')}>
        {summary ? (
          <section id="conclusion" className="panel conclusion" aria-labelledby="conclusion-heading">
            <h2 id="conclusion-heading">{t('conclusion.heading')}</h2>
            <p className="lead">{summary}</p>
          </section>
        ) : null}
        {/* The last section to hydrate: the page is live from here on. */}
        <InteractiveMark />
      </SectionBoundary>
    </>
  );
}
