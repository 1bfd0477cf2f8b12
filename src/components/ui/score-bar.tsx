import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { SCORE_MAX } from '../../domain/edition/model';

/**
 * A score as its number and a small horizontal bar, e.g. `4` and a bar 80 % full.
 * `value` is on the 1–5 scale (fractions allowed for means); `undefined` shows "—".
 * `digits` is how many decimals the number shows.
 */
export function ScoreBar({ value, digits = 0 }: { readonly value: number | undefined; readonly digits?: number }) {
  const { t } = useUiLocale();
  if (value === undefined) {
    return (
      <span className="score score--missing" title={t('routes.noScore')}>
        {t('routes.missing')}
      </span>
    );
  }
  const shown = value.toFixed(digits);
  return (
    <span className="score" title={t('routes.scoreOf', { value: shown, max: SCORE_MAX })}>
      <span className="score__value">{shown}</span>
      <span className="score__track" aria-hidden="true">
        <span className="score__fill" style={{ inlineSize: `${(value / SCORE_MAX) * 100}%` }} />
      </span>
    </span>
  );
}
