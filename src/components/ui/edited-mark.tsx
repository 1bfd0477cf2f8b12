import type { Score } from '../../domain/edition/schema';
import { originalOf } from '../../domain/score-overrides';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';

/**
 * A pencil after a score the reader edited (see `applyScoreOverrides`), naming the original value
 * on hover and to assistive tech. Renders nothing for an original score.
 */
export function EditedMark({ score }: { readonly score: Score | undefined }) {
  const { t } = useUiLocale();
  const original = originalOf(score);
  if (!original) return null;
  const label = t('overrides.editedTitle', { value: original.value });
  return (
    <span className="edited-mark" title={label}>
      <span aria-hidden="true">✎</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
