import type { Criterion } from '../../../domain/edition/schema';
import type { Sensitivity } from '../model/sensitivity';
import { CJK_SPACING } from '../../../lib/i18n/i18n';
import { formatList } from '../../../lib/i18n/format-list';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { formatPercent, inSentence } from '../model/format';

/**
 * Says how firm the ranking's winner is: for each criterion, how far its weight can move (the
 * others keeping their proportions) before another route leads, and which one; or that the top is
 * a tie. Figures come from `winnerSensitivity`.
 */
export function SensitivityNote({
  sensitivity,
  criteria,
}: {
  readonly sensitivity: Sensitivity;
  readonly criteria: readonly Criterion[];
}) {
  const { t, locale } = useUiLocale();
  if (sensitivity.kind === 'none') return null;
  if (sensitivity.kind === 'tie') {
    return (
      <div className="sensitivity">
        <h3>{t('decide.sensitivityHeading')}</h3>
        <p>
          {t(sensitivity.identical ? 'decide.tieIdentical' : 'decide.tie', {
            routes: formatList(
              sensitivity.routes.map((route) => route.name[locale]),
              locale,
            ),
            postProcess: CJK_SPACING,
          })}
        </p>
      </div>
    );
  }
  const labelOf = (id: string) => criteria.find((criterion) => criterion.id === id)?.label[locale] ?? id;
  return (
    <div className="sensitivity">
      <h3>{t('decide.sensitivityHeading')}</h3>
      <p>{t('decide.holds', { winner: sensitivity.winner.name[locale], postProcess: CJK_SPACING })}</p>
      <ul>
        {sensitivity.ranges.map((range) => {
          const values = {
            criterion: inSentence(labelOf(range.criterionId), locale),
            current: formatPercent(range.current),
            lower: range.lower === undefined ? '' : formatPercent(range.lower),
            upper: range.upper === undefined ? '' : formatPercent(range.upper),
            lowerRival: range.lowerRival?.name[locale] ?? '',
            upperRival: range.upperRival?.name[locale] ?? '',
          };
          const key =
            range.lower !== undefined && range.upper !== undefined
              ? 'between'
              : range.upper !== undefined
                ? 'until'
                : range.lower !== undefined
                  ? 'above'
                  : 'any';
          return (
            <li key={range.criterionId} data-criterion={range.criterionId}>
              {t(`decide.range.${key}`, { ...values, postProcess: CJK_SPACING })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
