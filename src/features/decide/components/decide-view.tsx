import '../decide.css';
import { useMemo, type Ref } from 'react';
import { rankRoutes, winnerSensitivity } from '../model/decide';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { RankingList } from './ranking-list';
import { SensitivityNote } from './sensitivity-note';
import { FirmnessPanel } from './firmness-panel';
import { DecisionRecordPanel } from './decision-record-panel';
import { recordContext } from './record-context';
import { assessFirmness } from '../model/firmness';
import { WeightsPanel } from './weights-panel';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';

export interface DecideViewProps {
  readonly edition: Edition;
  /** The routes to rank: the picked ones, or those the table's filters show. */
  readonly routes: readonly Route[];
  /** Whether `routes` are the reader's picks or the table's filtered set (changes the intro). */
  readonly scope: 'selection' | 'filtered';
  /** Percent per criterion, summing to 100. */
  readonly weights: Weights;
  readonly onWeightsChange: (weights: Weights, history: 'push' | 'replace') => void;
  /** True when the table's filters or search narrow the routes (only read for the `filtered` scope). */
  readonly filtersActive: boolean;
  readonly onClearFilters: () => void;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The Decide view: weights with presets from the article's advice, the
 * routes ranked by weighted score with a one-sentence reason each, and how far the weights can move
 * before the winner changes.
 */
export function DecideView({
  edition,
  routes,
  scope,
  weights,
  onWeightsChange,
  filtersActive,
  onClearFilters,
  headingRef,
}: DecideViewProps) {
  const { t, locale } = useUiLocale();
  const ranking = useMemo(() => rankRoutes(routes, edition.criteria, weights), [routes, edition, weights]);
  const sensitivity = useMemo(() => winnerSensitivity(routes, edition.criteria, weights), [routes, edition, weights]);
  const trendNames = useMemo(
    () => new Map(edition.trends.map((trend) => [trend.id, trend.name[locale]])),
    [edition, locale],
  );
  // The article scores within a trend; a comparison of one's own scores every route on one scale.
  const mixed = edition.kind !== 'user' && new Set(routes.map((route) => route.trendId)).size > 1;
  const context = useMemo(() => recordContext(t, locale, edition.criteria), [t, locale, edition]);
  // Scores compare routes within a trend, so routes of several trends are ranked trend by trend and
  // nothing is said about a winner across them.
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
  const firmness = useMemo(
    () => (mixed ? undefined : assessFirmness(routes, edition.criteria, weights)),
    [mixed, routes, edition, weights],
  );

  return (
    <section className="view" aria-labelledby="view-heading">
      <header className="view__header">
        <h1 id="view-heading" ref={headingRef} tabIndex={-1}>
          {t('decide.heading')}
        </h1>
        <p className="section-intro">{edition.presets.length > 0 ? t('decide.intro') : t('decide.introNoPresets')}</p>
      </header>
      <div className="decide">
        <WeightsPanel edition={edition} weights={weights} onWeightsChange={onWeightsChange} />
        <section className="decide__result" aria-labelledby="ranking-heading">
          <h2 id="ranking-heading" className="view__subheading">
            {t('decide.rankingHeading')}
          </h2>
          <p className="hint">
            {scope === 'selection'
              ? t('decide.scopeSelection', { count: routes.length })
              : t('decide.scopeFiltered', { count: routes.length })}
            {scope === 'filtered' && filtersActive ? (
              <>
                {' '}
                <Button variant="quiet" size="small" onClick={onClearFilters}>
                  {t('routes.clearFilters')}
                </Button>
              </>
            ) : null}
          </p>
          {mixed ? (
            <Notice as="p" tone="info" role="note">
              {t('decisionRecord.pickTrend')}
            </Notice>
          ) : null}
          {routes.length === 0 ? (
            <p className="empty-panel">{t('routes.empty')}</p>
          ) : mixed ? (
            byTrend.map((group) => (
              <section
                key={group.trend.id}
                className="decide__trend"
                aria-labelledby={`decide-trend-${group.trend.id}`}
              >
                <h3 id={`decide-trend-${group.trend.id}`}>{group.trend.name[locale]}</h3>
                <RankingList ranking={group.ranking} criteria={edition.criteria} trendNames={trendNames} />
              </section>
            ))
          ) : (
            <RankingList ranking={ranking} criteria={edition.criteria} trendNames={trendNames} />
          )}
          {mixed ? null : firmness ? (
            <>
              <FirmnessPanel context={context} firmness={firmness} sensitivity={sensitivity} />
              <DecisionRecordPanel context={context} edition={edition} routes={routes} weights={weights} />
            </>
          ) : (
            <SensitivityNote sensitivity={sensitivity} criteria={edition.criteria} />
          )}
        </section>
      </div>
    </section>
  );
}
