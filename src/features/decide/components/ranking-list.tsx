import { SCORE_MAX } from '../../../domain/edition/model';
import type { Criterion } from '../../../domain/edition/schema';
import { useMemo } from 'react';
import type { RankedRoute } from '../model/decide';
import { scoreConfidence } from '../../../domain/edition/model';
import { formatList } from '../../../lib/i18n/format-list';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { CLOSE_CALL_MARGIN } from '../model/firmness';
import { MAX_RANKED_SHOWN, rankSentence } from '../model/text';
import { recordContext } from './record-context';

/** Criterion colours for the stacked bars, by position (CSS custom properties, light and dark). */
export const criterionColor = (index: number) => `var(--criterion-${index % 6})`;

/**
 * The ranked routes, best first (at most {@link MAX_RANKED_SHOWN}): place, name, trend, weighted score, a bar split by what each
 * criterion contributes, and one sentence built from the data saying what lifts the route and
 * what holds it back. Equal scores share a place.
 */
export function RankingList({
  ranking,
  criteria,
  trendNames,
}: {
  readonly ranking: readonly RankedRoute[];
  readonly criteria: readonly Criterion[];
  readonly trendNames: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useUiLocale();
  const context = useMemo(() => recordContext(t, locale, criteria), [t, locale, criteria]);
  const shown = ranking.length > MAX_RANKED_SHOWN ? ranking.slice(0, MAX_RANKED_SHOWN) : ranking;
  const labelOf = (id: string) => criteria.find((criterion) => criterion.id === id)?.label[locale] ?? id;
  // Scores worked out rather than stated, said beside each route so a ranking never reads firmer than its data.
  const unsure = (item: RankedRoute, level: 'inferred' | 'guess') =>
    formatList(
      criteria
        .filter((criterion) => scoreConfidence(item.route, criterion.id) === level)
        .map((criterion) =>
          t('decisionRecord.scoreItem', {
            criterion: labelOf(criterion.id),
            score: item.route.scores[criterion.id]?.value,
          }),
        ),
      locale,
    );

  return (
    <>
      <ul className="criterion-legend" aria-hidden="true">
        {criteria.map((criterion, index) => (
          <li key={criterion.id}>
            <span className="criterion-legend__swatch" style={{ background: criterionColor(index) }} />
            {criterion.label[locale]}
          </li>
        ))}
      </ul>
      <ol className="ranking">
        {shown.map((item) => {
          const score = item.overall === undefined ? t('routes.missing') : item.overall.toFixed(2);
          const sentence = rankSentence(context, item, ranking, CLOSE_CALL_MARGIN);
          const inferred = unsure(item, 'inferred');
          const guessed = unsure(item, 'guess');
          const breakdown = formatList(
            item.contributions.map((contribution) =>
              t('decide.partOf', {
                criterion: labelOf(contribution.criterionId),
                points: contribution.points.toFixed(2),
              }),
            ),
            locale,
          );
          return (
            <li key={item.route.id} className="rank" data-route-id={item.route.id}>
              <span className="rank__place" aria-hidden="true">
                {item.rank}
              </span>
              <div className="rank__body">
                <p className="rank__head">
                  <span className="rank__name">{item.route.name[locale]}</span>
                  <span className="trend-chip" data-trend={item.route.trendId}>
                    {trendNames.get(item.route.trendId) ?? item.route.trendId}
                  </span>
                  <span className="rank__score">{score}</span>
                </p>
                <div
                  className="stack-bar"
                  role="img"
                  aria-label={t('decide.barLabel', { breakdown, score, max: SCORE_MAX })}
                >
                  {item.contributions.map((contribution, index) => (
                    <span
                      key={contribution.criterionId}
                      className="stack-bar__part"
                      style={{
                        inlineSize: `${(contribution.points / SCORE_MAX) * 100}%`,
                        background: criterionColor(index),
                      }}
                    />
                  ))}
                </div>
                <p className="rank__why">{sentence}</p>
                {inferred ? (
                  <p className="rank__unsure">{t('decisionRecord.inferredScores', { scores: inferred })}</p>
                ) : null}
                {guessed ? (
                  <p className="rank__unsure">{t('decisionRecord.guessedScores', { scores: guessed })}</p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {shown.length < ranking.length ? (
        <p className="section-intro">{t('decide.topOf', { shown: shown.length, total: ranking.length })}</p>
      ) : null}
    </>
  );
}
