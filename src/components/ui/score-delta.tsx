import { useTranslation } from 'react-i18next';

/**
 * A difference against the baseline route, e.g. `+1` (better), `−2` (worse) or `±0`, coloured and
 * signed so it reads without colour too, with a spoken form for screen readers.
 * `delta` is in score points (−4 to +4 on the 1–5 scale; fractions for weighted scores).
 */
export function ScoreDelta({ delta, digits = 0 }: { readonly delta: number; readonly digits?: number }) {
  const { t } = useTranslation();
  const size = Math.abs(delta).toFixed(digits);
  // A difference that rounds to zero at the shown precision is shown as none.
  const direction = Number(size) === 0 ? 'same' : delta > 0 ? 'better' : 'worse';
  const sign = direction === 'same' ? '±' : direction === 'better' ? '+' : '\u2212';
  return (
    <span className={`delta delta--${direction}`}>
      <span aria-hidden="true">
        {sign}
        {size}
      </span>
      <span className="sr-only">{t(`baseline.delta.${direction}`, { size })}</span>
    </span>
  );
}
