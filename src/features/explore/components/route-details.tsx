import { use, type ReactNode } from 'react';
import { ScoreChangeContext } from '../../../components/ui/score-change-context';
import { ScoreRationales } from '../../../components/ui/score-rationales';
import type { Criterion } from '../../../domain/edition/schema';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import type { RouteRow } from '../model/route-rows';

/**
 * A route's details, opened from its row or card: aliases, examples, extra `actions` (e.g.
 * "Remove from My routes"), and every score's rationale and cited clauses, editable when the page
 * provides a `ScoreChangeContext`.
 */
export function RouteDetails({
  row,
  criteria,
  actions,
}: {
  readonly row: RouteRow;
  readonly criteria: readonly Criterion[];
  readonly actions?: ReactNode;
}) {
  const onScoreChange = use(ScoreChangeContext);
  const { t, locale } = useUiLocale();
  const { route } = row;
  return (
    <div className="route-details" id={`details-${row.id}`}>
      <div className="route-details__facts">
        {route.aliases.length > 0 ? (
          <p>
            <strong>{t('routes.aliases')}</strong> {route.aliases.map((alias) => alias[locale]).join(' · ')}
          </p>
        ) : null}
        {route.examples.length > 0 ? (
          <p>
            <strong>{t('trends.examples')}</strong> {route.examples.map((example) => example[locale]).join(' · ')}
          </p>
        ) : null}
        {actions ? <div className="route-details__actions">{actions}</div> : null}
      </div>
      <ScoreRationales
        route={route}
        criteria={criteria}
        wide
        editing={
          onScoreChange
            ? {
                onSave: (criterionId, override) => onScoreChange(route.id, criterionId, override),
                onReset: (criterionId) => onScoreChange(route.id, criterionId, undefined),
              }
            : undefined
        }
      />
    </div>
  );
}
