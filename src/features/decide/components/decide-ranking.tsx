import '../decide.css';
import { useMemo, type ReactNode } from 'react';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Notice } from '../../../components/ui/notice';
import { rankRoutes, ranksByTrend } from '../model/decide';
import { RankingList } from './ranking-list';

/**
 * Decide's ranking of `routes` under `weights`: one list, or, for routes of several of the
 * article's trends, a list per trend with a note saying why (scores compare routes within a
 * trend). Used by the Decide view and by the ranking's embed.
 */
export function DecideRanking({
  edition,
  routes,
  weights,
  trendByTrendNote,
}: {
  readonly edition: Edition;
  readonly routes: readonly Route[];
  /** Percent per criterion, summing to 100. */
  readonly weights: Weights;
  /** What the note over a trend-by-trend ranking says; by default, why and how to rank one trend. */
  readonly trendByTrendNote?: ReactNode;
}) {
  const { t, locale } = useUiLocale();
  const trendNames = useMemo(
    () => new Map(edition.trends.map((trend) => [trend.id, trend.name[locale]])),
    [edition, locale],
  );
  const mixed = ranksByTrend(edition, routes);
  const ranking = useMemo(
    () => (mixed ? [] : rankRoutes(routes, edition.criteria, weights)),
    [mixed, routes, edition, weights],
  );
  const byTrend = useMemo(
    () =>
      mixed
        ? edition.trends
            .map((trend) => ({ trend, routes: routes.filter((route) => route.trendId === trend.id) }))
            .filter((group) => group.routes.length > 0)
            .map((group) => ({ ...group, ranking: rankRoutes(group.routes, edition.criteria, weights) }))
        : [],
    [mixed, edition, routes, weights],
  );

  return (
    <>
      {mixed ? (
        <Notice as="p" tone="info" role="note">
          {trendByTrendNote ?? t('decisionRecord.pickTrend')}
        </Notice>
      ) : null}
      {routes.length === 0 ? (
        <p className="empty-panel">{t('routes.empty')}</p>
      ) : mixed ? (
        byTrend.map((group) => (
          <section key={group.trend.id} className="decide__trend" aria-labelledby={`decide-trend-${group.trend.id}`}>
            <h3 id={`decide-trend-${group.trend.id}`}>{group.trend.name[locale]}</h3>
            <RankingList ranking={group.ranking} criteria={edition.criteria} trendNames={trendNames} />
          </section>
        ))
      ) : (
        <RankingList ranking={ranking} criteria={edition.criteria} trendNames={trendNames} />
      )}
    </>
  );
}
