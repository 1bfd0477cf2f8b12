import { SCORE_MAX } from '../../../domain/edition/model';
import type { Criterion } from '../../../domain/edition/schema';
import { useMemo } from 'react';
import { criterionMeans, explainRank, type Contribution, type RankedRoute } from '../model/decide';
import { formatList } from '../../../lib/i18n/format-list';
import { CJK_SPACING } from '../../../lib/i18n/i18n';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { formatPercent, inSentence } from '../model/format';

/** Criterion colours for the stacked bars, by position (CSS custom properties, light and dark). */
export const criterionColor = (index: number) => `var(--criterion-${index % 6})`;

/** The ranking lists at most this many routes (the best); the count of the rest is given. */
export const MAX_RANKED_SHOWN = 100;

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
  const means = useMemo(() => criterionMeans(ranking), [ranking]);
  const shown = ranking.length > MAX_RANKED_SHOWN ? ranking.slice(0, MAX_RANKED_SHOWN) : ranking;
  const labelOf = (id: string) => criteria.find((criterion) => criterion.id === id)?.label[locale] ?? id;
  const part = (key: 'lift' | 'drag', contribution: Contribution) =>
    t(`decide.${key}`, {
      criterion: inSentence(labelOf(contribution.criterionId), locale),
      score: contribution.score,
      weight: formatPercent(contribution.weight),
    });

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
          const reason = explainRank(item, ranking, means);
          const details = [
            reason.lift ? part('lift', reason.lift) : undefined,
            reason.drag ? part('drag', reason.drag) : undefined,
          ].filter((text) => text !== undefined);
          const place = t('decide.place', { count: item.rank, ordinal: true });
          const score = item.overall === undefined ? t('routes.missing') : item.overall.toFixed(2);
          const sentence = t(item.tied ? 'decide.reasonTied' : 'decide.reason', {
            place,
            score,
            details:
              ranking.length === 1
                ? t('decide.alone')
                : details.length > 0
                  ? details.join(t('decide.joiner'))
                  : t('decide.even'),
            postProcess: CJK_SPACING,
          });
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
