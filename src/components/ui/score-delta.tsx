import { useUiLocale } from '../../lib/i18n/use-ui-locale';

/**
 * A count that picks the plural form the shown number takes: English says "1 point" but "1.0 points",
 * which i18next cannot tell from the number alone (Intl.PluralRules can, given the decimals shown).
 */
function pointCount(size: string, digits: number, language: string | undefined): number {
  return new Intl.PluralRules(language, { minimumFractionDigits: digits }).select(Number(size)) === 'one' ? 1 : 2;
}

/**
 * A difference against the baseline route, e.g. `+1` (better), `−2` (worse) or `±0`, coloured and
 * signed so it reads without colour too, with a spoken form for screen readers.
 * `delta` is in score points (−4 to +4 on the 1–5 scale; fractions for weighted scores).
 */
export function ScoreDelta({ delta, digits = 0 }: { readonly delta: number; readonly digits?: number }) {
  const { t, i18n } = useUiLocale();
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
      <span className="sr-only">
        {direction === 'same'
          ? t('baseline.delta.same')
          : t(`baseline.delta.${direction}`, { size, count: pointCount(size, digits, i18n.resolvedLanguage) })}
      </span>
    </span>
  );
}
