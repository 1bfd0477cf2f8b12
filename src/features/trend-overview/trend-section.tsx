import { useTranslation } from 'react-i18next';
import type { Criterion, LocalizedText, Route, Trend, TrendPoint } from '../../domain/edition-schema';
import { toUiLocale } from '../../lib/i18n';

function Examples({ items }: { readonly items: readonly LocalizedText[] }) {
  const { t, i18n } = useTranslation();
  const locale = toUiLocale(i18n.resolvedLanguage);
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
  const { i18n } = useTranslation();
  const locale = toUiLocale(i18n.resolvedLanguage);
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

/** Resolves a cite such as `weaknesses[1]` to that clause of the route. */
function citedClause(
  route: Route,
  cite: string,
): { kind: 'strengths' | 'weaknesses'; text: LocalizedText } | undefined {
  const match = /^(strengths|weaknesses)\[(\d+)\]$/.exec(cite);
  if (!match) return undefined;
  const kind = match[1] === 'strengths' ? 'strengths' : 'weaknesses';
  const text = route[kind][Number(match[2])];
  return text ? { kind, text } : undefined;
}

function RouteScoreCard({ route, criteria }: { readonly route: Route; readonly criteria: readonly Criterion[] }) {
  const { t, i18n } = useTranslation();
  const locale = toUiLocale(i18n.resolvedLanguage);
  return (
    <article className="route-card" aria-labelledby={`route-card-${route.id}`}>
      <h5 id={`route-card-${route.id}`} className="route-card__name">
        {route.name[locale]}
        {route.fullName ? <span className="route-card__full">{route.fullName[locale]}</span> : null}
      </h5>
      <dl className="rationale-list">
        {criteria.map((criterion) => {
          const score = route.scores[criterion.id];
          return (
            <div key={criterion.id} className="rationale">
              <dt>
                <span>{criterion.label[locale]}</span>
                <span className="rationale__value">{score ? score.value : t('routes.missing')}</span>
              </dt>
              {score ? (
                <dd>
                  <p>{score.rationale[locale]}</p>
                  <p className="rationale__cites">
                    <span>{t('score.basedOn')}</span>
                    {score.cites
                      .map((cite) => citedClause(route, cite))
                      .filter((clause) => clause !== undefined)
                      .map((clause) => (
                        <span key={clause.text.en} className={`cite cite--${clause.kind}`}>
                          {clause.text[locale]}
                        </span>
                      ))}
                  </p>
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
    </article>
  );
}

export interface TrendSectionProps {
  readonly trend: Trend;
  /** The trend's place in the article (1–3), which numbers its subsections as the article does. */
  readonly number: number;
  readonly routes: readonly Route[];
  readonly criteria: readonly Criterion[];
}

/**
 * One trend as the article tells it (seed sections 一–三): overview, technical details with their
 * named examples, advice for developers, and its routes' scores with the rationale for each.
 */
export function TrendSection({ trend, number, routes, criteria }: TrendSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = toUiLocale(i18n.resolvedLanguage);
  const headingId = `trend-${trend.id}`;
  return (
    <section className="trend-section" aria-labelledby={headingId} data-trend={trend.id}>
      <header className="trend-section__header">
        <p className="eyebrow">{trend.name[locale]}</p>
        <h3 id={headingId}>{trend.headline[locale]}</h3>
        <p className="lead">{trend.overview[locale]}</p>
      </header>
      <div className="trend-section__grid">
        <div>
          <h4 className="subheading">{t('trends.details', { number })}</h4>
          <p>{trend.detailsIntro[locale]}</p>
          <Examples items={trend.detailsExamples} />
          <PointList points={trend.details} ordered={false} />
        </div>
        <div>
          <h4 className="subheading">{t('trends.advice', { number })}</h4>
          <PointList points={trend.advice} ordered />
        </div>
      </div>
      <h4 className="subheading">{t('trends.routesOfTrend')}</h4>
      <div className="route-cards">
        {routes.map((route) => (
          <RouteScoreCard key={route.id} route={route} criteria={criteria} />
        ))}
      </div>
    </section>
  );
}
