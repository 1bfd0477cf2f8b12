import { memo } from 'react';
import { ScoreRationales } from '../../../components/ui/score-rationales';
import { trendSectionId } from '../../../domain/edition/model';
import { UntranslatedMark } from '../../../components/ui/untranslated-mark';
import type { Criterion, LocalizedText, Route, Trend, TrendPoint } from '../../../domain/edition/schema';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';

function Examples({ items }: { readonly items: readonly LocalizedText[] }) {
  const { t, locale } = useUiLocale();
  if (items.length === 0) return null;
  return (
    <ul className="example-list" aria-label={t('trends.examples')}>
      {items.map((item) => (
        <li key={item.en} className="example">
          {item[locale]}
        </li>
      ))}
    </ul>
  );
}

function PointList({ points, ordered }: { readonly points: readonly TrendPoint[]; readonly ordered: boolean }) {
  const { locale } = useUiLocale();
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`point-list${ordered ? ' point-list--ordered' : ''}`}>
      {points.map((point) => (
        <li key={point.title.en} className="point">
          <h5 className="point__title">{point.title[locale]}</h5>
          <p>{point.text[locale]}</p>
          <Examples items={point.examples} />
        </li>
      ))}
    </List>
  );
}

function RouteScoreCard({
  route,
  criteria,
  selected,
  onToggle,
}: {
  readonly route: Route;
  readonly criteria: readonly Criterion[];
  readonly selected: boolean;
  readonly onToggle: () => void;
}) {
  const { t, locale } = useUiLocale();
  return (
    <article className="route-card" aria-labelledby={`route-card-${route.id}`} data-selected={selected || undefined}>
      <div className="route-card__header">
        <h5 id={`route-card-${route.id}`} className="route-card__name">
          {route.name[locale]}
          <UntranslatedMark text={route.name} />
          {route.fullName ? <span className="route-card__full">{route.fullName[locale]}</span> : null}
        </h5>
        <Button
          size="small"
          aria-pressed={selected}
          aria-label={t('compare.toggleCard', { route: route.name[locale] })}
          onClick={onToggle}
        >
          {t('compare.add')}
        </Button>
      </div>
      <ScoreRationales route={route} criteria={criteria} />
    </article>
  );
}

export interface TrendSectionProps {
  readonly trend: Trend;
  /** The trend's place in the article (1–3), which numbers its subsections as the article does. */
  readonly number: number;
  /** The trend's routes to show as cards (the first few of a large edition). */
  readonly routes: readonly Route[];
  /** How many routes the trend has in all. */
  readonly totalRoutes: number;
  readonly criteria: readonly Criterion[];
  /** Ids of the routes picked for comparison. */
  readonly selection: readonly string[];
  /** Adds a route to the comparison or takes it out. */
  readonly onToggleRoute: (routeId: string) => void;
}

/**
 * One trend as the article tells it (seed sections 一–三): overview, technical details with their
 * named examples, advice for developers, and its routes' scores with the rationale for each.
 * Memoised: a sort, facet or keystroke renders the page above it again with the same props (its
 * route cards and their rationales are a few hundred components at any size of edition).
 */
export const TrendSection = memo(function TrendSection({
  trend,
  number,
  routes,
  totalRoutes,
  criteria,
  selection,
  onToggleRoute,
}: TrendSectionProps) {
  const { t, locale } = useUiLocale();
  const headingId = trendSectionId(trend.id);
  return (
    <section className="trend-section" aria-labelledby={headingId} data-trend={trend.id}>
      <header className="trend-section__header">
        {/* A group of the reader's own has a name only: it is not said twice, nor an empty overview. */}
        {trend.headline[locale] !== trend.name[locale] ? <p className="eyebrow">{trend.name[locale]}</p> : null}
        <h3 id={headingId}>{trend.headline[locale]}</h3>
        {trend.overview[locale] ? <p className="lead">{trend.overview[locale]}</p> : null}
      </header>
      {/* A trend created by an import has no technical details or advice to show. */}
      {trend.details.length > 0 || trend.advice.length > 0 ? (
        <div className="trend-section__grid">
          <div>
            <h4 id={trendSectionId(trend.id, 'details')} className="subheading">
              {t('trends.details', { number })}
            </h4>
            <p>{trend.detailsIntro[locale]}</p>
            <Examples items={trend.detailsExamples} />
            <PointList points={trend.details} ordered={false} />
          </div>
          <div>
            <h4 id={trendSectionId(trend.id, 'advice')} className="subheading">
              {t('trends.advice', { number })}
            </h4>
            <PointList points={trend.advice} ordered />
          </div>
        </div>
      ) : null}
      <h4 className="subheading">{t('trends.routesOfTrend', { number })}</h4>
      {totalRoutes > routes.length ? (
        <p className="hint">{t('trends.moreRoutes', { shown: routes.length, total: totalRoutes })}</p>
      ) : null}
      <div className="route-cards">
        {routes.map((route) => (
          <RouteScoreCard
            key={route.id}
            route={route}
            criteria={criteria}
            selected={selection.includes(route.id)}
            onToggle={() => onToggleRoute(route.id)}
          />
        ))}
      </div>
    </section>
  );
});
