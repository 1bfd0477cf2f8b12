import '../decide.css';
import '../firmness.css';
import { useMemo, type Ref } from 'react';
import { ranksByTrend } from '../model/decide';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { DecideRanking } from './decide-ranking';
import { FirmnessPanel } from './firmness-panel';
import { DecisionRecordPanel } from './decision-record-panel';
import { recordContext } from './record-context';
import { useWinnerAnalysis } from '../hooks/use-winner-analysis';
import { WeightsPanel } from './weights-panel';
import { Button } from '../../../components/ui/button';

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
  /** The table's search waits for what it needs (see `useExploreQuery`): its routes are not known yet. */
  readonly searchPending?: boolean;
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
  searchPending = false,
  headingRef,
}: DecideViewProps) {
  const { t } = useUiLocale();

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
          {scope === 'filtered' && searchPending ? (
            // Ranking the routes before the search applies would rank the wrong ones for a moment.
            <p className="hint" role="status">
              {t('routes.searchPreparing', { total: edition.routes.length })}
            </p>
          ) : (
            <DecideResult
              edition={edition}
              routes={routes}
              scope={scope}
              weights={weights}
              filtersActive={filtersActive}
              onClearFilters={onClearFilters}
            />
          )}
        </section>
      </div>
    </section>
  );
}

/** The ranking of `routes`, with what it ranks and how firm its winner is. */
function DecideResult({
  edition,
  routes,
  scope,
  weights,
  filtersActive,
  onClearFilters,
}: Pick<DecideViewProps, 'edition' | 'routes' | 'scope' | 'weights' | 'filtersActive' | 'onClearFilters'>) {
  const { t, locale } = useUiLocale();
  // "How firm" follows the ranking: a weight's slider and the ranking paint first (see
  // useWinnerAnalysis). Until it has caught up, the panel is marked busy.
  const { analysis, current, pending } = useWinnerAnalysis(edition, routes, weights);
  // Scores compare routes within a trend, so routes of several trends are ranked trend by trend and
  // nothing is said about a winner across them.
  const mixed = ranksByTrend(edition, routes);
  const context = useMemo(() => recordContext(t, locale, edition.criteria), [t, locale, edition]);
  // The same element while the routes and weights stay: "How firm" catching up renders no ranking again.
  const ranking = useMemo(
    () => <DecideRanking edition={edition} routes={routes} weights={weights} />,
    [edition, routes, weights],
  );

  return (
    <>
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
      {ranking}
      {/* No figures for fewer than two routes scored on every criterion. */}
      {mixed || !(pending || analysis?.firmness) ? null : (
        <>
          <div className="decide__firm">
            {/* Outside the busy part, so that it is read out; shown only after a moment (decide.css). */}
            <p className="hint decide__firm-status" role="status">
              {pending
                ? t('decisionRecord.firm.pending', { count: routes.length })
                : current
                  ? ''
                  : t('decisionRecord.firm.updating')}
            </p>
            <div aria-busy={!current || undefined}>
              {analysis?.firmness ? (
                <FirmnessPanel context={context} firmness={analysis.firmness} sensitivity={analysis.sensitivity} />
              ) : null}
            </div>
          </div>
          {analysis?.firmness || pending ? (
            <DecisionRecordPanel
              context={context}
              edition={edition}
              routes={routes}
              weights={weights}
              // The view's own figures when they are for these routes and weights: the record then
              // need not work them out again.
              analysis={current ? analysis : undefined}
            />
          ) : null}
        </>
      )}
    </>
  );
}
