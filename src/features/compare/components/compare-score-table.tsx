import { EditedMark } from '../../../components/ui/edited-mark';
import { ScoreDelta } from '../../../components/ui/score-delta';
import { scoreConfidence } from '../../../domain/edition/model';
import type { Criterion, Route, Score } from '../../../domain/edition/schema';
import type { Locale } from '../../../domain/locale';
import { overallScore, type Weights } from '../../../domain/scoring';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';

export interface CompareScoreTableProps {
  readonly routes: readonly Route[];
  readonly criteria: readonly Criterion[];
  /** Percent per criterion for the weighted row. */
  readonly weights: Weights;
  /** Route the others are measured against, if one is marked "what I use today". */
  readonly baselineId: string | undefined;
}

/** One row of the comparison: a criterion (or the overall score) and each route's value. */
export interface CompareRow {
  readonly id: string;
  readonly label: string;
  /** Per route, in the routes' order; `undefined` where it has no score. */
  readonly values: readonly (number | undefined)[];
  /** Per route, the score itself (for the "edited" mark); empty for the overall row. */
  readonly scores: readonly (Score | undefined)[];
  /** Decimals shown: 0 for criteria, 1 for the overall score. */
  readonly digits: number;
  /** The row's best value, `undefined` when every route ties (no best then). */
  readonly best: number | undefined;
}

/**
 * The comparison's rows: one per criterion, then the weighted overall score (`overallLabel`), each
 * with every route's value and the row's best.
 */
export function compareRows(
  routes: readonly Route[],
  criteria: readonly Criterion[],
  weights: Weights,
  overallLabel: string,
  locale: Locale,
): CompareRow[] {
  const rows = [
    ...criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label[locale],
      values: routes.map((route) => route.scores[criterion.id]?.value),
      scores: routes.map((route) => route.scores[criterion.id]),
      digits: 0,
    })),
    {
      id: 'overall',
      label: overallLabel,
      values: routes.map((route) => overallScore(route, criteria, weights)),
      scores: [],
      digits: 1,
    },
  ];
  return rows.map((row) => {
    const present = row.values.filter((value) => value !== undefined);
    // A row where every route ties has no best.
    const best = present.length > 0 && new Set(present).size > 1 ? Math.max(...present) : undefined;
    return { ...row, best };
  });
}

/**
 * The selected routes' scores side by side: one row per criterion plus the weighted score, one
 * column per route, the best value of each row marked (every route that ties for it), and each
 * difference from the baseline route for the routes of its trend (scores compare within a trend).
 */
/**
 * "≈" after a score that is inferred or a guess (the article's "(inferred)" rationales, a comparison's
 * own confidence), named for screen readers: a close call resting on it is less firm than it looks.
 */
export function UnsureMark({
  route,
  criterionId,
}: {
  readonly route: Route | undefined;
  readonly criterionId: string;
}) {
  const { t } = useUiLocale();
  const confidence = route ? scoreConfidence(route, criterionId) : undefined;
  if (confidence !== 'inferred' && confidence !== 'guess') return null;
  return (
    <span className="unsure-mark" title={t(`compare.confidence.${confidence}`)}>
      <span aria-hidden="true">≈</span>
      <span className="sr-only">{t(`compare.confidence.${confidence}`)}</span>
    </span>
  );
}

export function CompareScoreTable({ routes, criteria, weights, baselineId }: CompareScoreTableProps) {
  const { t, locale } = useUiLocale();
  const baselineIndex = routes.findIndex((route) => route.id === baselineId);
  const rows = compareRows(routes, criteria, weights, t('routes.columns.overall'), locale);
  return (
    <div className="table-scroll compare-table" tabIndex={0} role="region" aria-label={t('compare.tableCaption')}>
      <table className="data-table">
        <caption className="sr-only">{t('compare.tableCaption')}</caption>
        <thead>
          <tr>
            <td />
            {routes.map((route, index) => (
              <th key={route.id} scope="col" className="compare-table__route">
                {route.name[locale]}
                {index === baselineIndex ? <span className="badge badge--baseline">{t('baseline.badge')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { best } = row;
            const base = baselineIndex >= 0 ? row.values[baselineIndex] : undefined;
            return (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td
                    key={routes[index]?.id ?? index}
                    className={value !== undefined && value === best ? 'is-best' : undefined}
                  >
                    {value === undefined ? t('routes.missing') : value.toFixed(row.digits)}
                    <EditedMark score={row.scores[index]} />
                    <UnsureMark route={routes[index]} criterionId={row.id} />
                    {value !== undefined && value === best ? (
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
                    routes[index]?.trendId === routes[baselineIndex]?.trendId ? (
                      <ScoreDelta delta={value - base} digits={row.digits} />
                    ) : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
