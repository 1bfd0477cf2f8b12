import { EditedMark } from '../../../components/ui/edited-mark';
import { ScoreDelta } from '../../../components/ui/score-delta';
import { UnsureMark } from './compare-score-table';
import type { Criterion, Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { compareRows } from './compare-score-table';

export interface CompareStackProps {
  readonly edition: Pick<Edition, 'trends'>;
  readonly routes: readonly Route[];
  readonly criteria: readonly Criterion[];
  readonly weights: Weights;
  readonly baselineId: string | undefined;
}

/**
 * The comparison for a phone: one block per picked route, one under the other, with its trend, its
 * score on every criterion and overall (★ where it is the best of the picks, its difference from
 * the baseline within the baseline's trend), then its strengths and weaknesses in full. What the
 * side-by-side tables say, with no column too narrow for its text.
 */
// Each route is a section of the view (h2), as the tables' own headings are on a wide screen.
export function CompareStack({ edition, routes, criteria, weights, baselineId }: CompareStackProps) {
  const { t, locale } = useUiLocale();
  const rows = compareRows(routes, criteria, weights, t('routes.columns.overall'), locale);
  const baselineIndex = routes.findIndex((route) => route.id === baselineId);
  const trendName = (id: string) => edition.trends.find((trend) => trend.id === id)?.name[locale] ?? id;
  return (
    <div className="route-stack">
      {routes.map((route, index) => (
        <section key={route.id} className="route-stack__item" aria-labelledby={`stack-${route.id}`}>
          <h2 id={`stack-${route.id}`} className="route-stack__name">
            {route.name[locale]}{' '}
            <span className="trend-chip" data-trend={route.trendId}>
              {trendName(route.trendId)}
            </span>
            {index === baselineIndex ? <span className="badge badge--baseline">{t('baseline.badge')}</span> : null}
          </h2>
          <dl className="route-stack__scores">
            {rows.map((row) => {
              const value = row.values[index];
              const base = baselineIndex >= 0 ? row.values[baselineIndex] : undefined;
              const best = value !== undefined && value === row.best;
              return (
                <div key={row.id} className="route-stack__score">
                  <dt>{row.label}</dt>
                  <dd className={best ? 'is-best' : undefined}>
                    {value === undefined ? t('routes.missing') : value.toFixed(row.digits)}
                    <EditedMark score={row.scores[index]} />
                    <UnsureMark route={route} criterionId={row.id} />
                    {best ? (
                      <>
                        <span className="best-mark" aria-hidden="true">
                          ★
                        </span>
                        <span className="sr-only">{t('compare.best')}</span>
                      </>
                    ) : null}
                    {value !== undefined &&
                    base !== undefined &&
                    index !== baselineIndex &&
                    route.trendId === routes[baselineIndex]?.trendId ? (
                      <ScoreDelta delta={value - base} digits={row.digits} />
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
          {(['strengths', 'weaknesses'] as const).map((kind) => (
            <div key={kind}>
              <h3 className="route-stack__kind">{t(`routes.columns.${kind}`)}</h3>
              <ul className={`clause-list clause-list--${kind === 'strengths' ? 'strength' : 'weakness'}`}>
                {route[kind].map((text) => (
                  <li key={text.en}>{text[locale]}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
