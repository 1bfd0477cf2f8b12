import en from '../../../locales/on-demand/decide.en.json';
import zh from '../../../locales/on-demand/decide.zh.json';
import type { TFunction } from 'i18next';
import type { Criterion } from '../../../domain/edition/schema';
import type { Locale } from '../../../domain/locale';
import { formatList } from '../../../lib/i18n/format-list';
import { addOnDemandStrings, CJK_SPACING } from '../../../lib/i18n/i18n';
import type { TextContext } from '../model/text';

// Decide loads lazily: its strings come with it, not with the first view.
addOnDemandStrings({ en, zh });

/**
 * The text context the Decide view and the decision record write with: the app's `t` (every sentence
 * spaced between Chinese and Latin script, as the rest of the app's data sentences are), the locale,
 * `Intl` lists and the edition's criteria.
 */
export function recordContext(
  t: TFunction,
  locale: Locale,
  criteria: readonly Pick<Criterion, 'id' | 'label'>[],
): TextContext {
  // The model's keys are built at run time; i18next's typed keys cannot follow them.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return {
    t: (key, values) => translate(key, { ...values, postProcess: CJK_SPACING }),
    locale,
    list: (items) => formatList(items, locale),
    criteria,
  };
}
