import type { Criterion, Route } from '../../domain/edition-schema';
import { overallScore } from '../../domain/scoring';
import { useUiLocale } from '../../lib/use-ui-locale';

/**
 * The selected routes' scores side by side: one row per criterion plus the overall mean, one
 * column per route, the best value of each row marked (every route that ties for it).
 */
export function CompareScoreTable({
  routes,
  criteria,
}: {
  readonly routes: readonly Route[];
  readonly criteria: readonly Criterion[];
}) {
  const { t, locale } = useUiLocale();
  const rows = [
    ...criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label[locale],
      values: routes.map((route) => route.scores[criterion.id]?.value),
      digits: 0,
    })),
    {
      id: 'overall',
      label: t('routes.columns.overall'),
      values: routes.map((route) => overallScore(route, criteria)),
      digits: 1,
    },
  ];
  return (
    <div className="table-scroll compare-table" tabIndex={0} role="region" aria-label={t('compare.tableCaption')}>
      <table className="data-table">
        <caption className="sr-only">{t('compare.tableCaption')}</caption>
        <thead>
          <tr>
            <td />
            {routes.map((route) => (
              <th key={route.id} scope="col" className="compare-table__route">
                {route.name[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const present = row.values.filter((value) => value !== undefined);
            // A row where every route ties has no best.
            const best = present.length > 0 && new Set(present).size > 1 ? Math.max(...present) : undefined;
            return (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td
                    key={routes[index]?.id ?? index}
                    className={value !== undefined && value === best ? 'is-best' : undefined}
                  >
                    {value === undefined ? t('routes.missing') : value.toFixed(row.digits)}
                    {value !== undefined && value === best ? (
                      <>
                        <span className="best-mark" aria-hidden="true">
                          ★
                        </span>
                        <span className="sr-only">{t('compare.best')}</span>
                      </>
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
