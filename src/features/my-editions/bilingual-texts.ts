import i18next from 'i18next';
import type { LocalizedText } from '../../domain/edition/schema';
import type { Locale } from '../../domain/locale';
import type { ImportTexts } from './model/import-types';
import type { MyRoutesTexts } from './model/my-routes';
import type { UserCriterion, UserEditionTexts } from './model/user-edition';
import { bundledStrings } from '../../lib/i18n/bundled-strings';
import { spaceMixedScripts } from '../../lib/i18n/i18n';

// Text that becomes content (an imported route's rationale, the "My routes" edition's title) is
// written in both languages at once, whatever the reader's language: its own instance, no detection.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: bundledStrings.en }, zh: { translation: bundledStrings.zh } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const zh = instance.getFixedT('zh');
const en = instance.getFixedT('en');

type ContentKey =
  | 'comparison.ungrouped'
  | 'comparison.untitled'
  | 'comparison.sourceTitle'
  | 'comparison.defaultCriterion'
  | 'comparison.defaultLow'
  | 'comparison.defaultMid'
  | 'comparison.defaultHigh'
  | 'comparison.defaultDefinition'
  | 'comparison.copyTitle'
  | 'myRoutes.title'
  | 'myRoutes.introduction'
  | 'myRoutes.summary'
  | 'myRoutes.sourceTitle'
  | 'myRoutes.unassignedTrend'
  | 'myRoutes.unassignedOverview'
  | 'myRoutes.newTrendOverview'
  | 'myRoutes.importedScore';

function bilingual(key: ContentKey, values: Readonly<Record<string, string | number>> = {}): LocalizedText {
  // Chinese sets a space between Han and Latin or digits, none around a Chinese file name.
  return { zh: spaceMixedScripts(zh(key, values)), en: en(key, values) };
}

const ROW_SLOT = '{{row}}';
let scoreTemplate: { readonly file: string; readonly text: LocalizedText } | undefined;

/** The text an import writes into routes and trends (see `ImportTexts`), from the locales. */
export const importTexts: ImportTexts = {
  unassignedTrend: { name: bilingual('myRoutes.unassignedTrend'), overview: bilingual('myRoutes.unassignedOverview') },
  newTrendOverview: (file) => bilingual('myRoutes.newTrendOverview', { file }),
  importedScore: (file, row) => {
    // Called for each imported score (300 000 rows → about a million times): i18next resolves the
    // sentence once per file, with the row left as a slot (values are not interpolated again).
    if (scoreTemplate?.file !== file) {
      scoreTemplate = { file, text: bilingual('myRoutes.importedScore', { file, row: ROW_SLOT }) };
    }
    const { text } = scoreTemplate;
    return {
      zh: spaceMixedScripts(text.zh.replace(ROW_SLOT, String(row))),
      en: text.en.replace(ROW_SLOT, String(row)),
    };
  },
};

/** The title, introduction and summary of the "My routes" edition, from the locales. */
export const myRoutesTexts: MyRoutesTexts = {
  title: bilingual('myRoutes.title'),
  shortTitle: bilingual('myRoutes.title'),
  introduction: bilingual('myRoutes.introduction'),
  summary: bilingual('myRoutes.summary'),
  sourceTitle: bilingual('myRoutes.sourceTitle'),
};

/** What the page supplies for a user edition that does not say it (see `toDisplayEdition`). */
export const userEditionTexts: UserEditionTexts = {
  ungrouped: bilingual('comparison.ungrouped'),
  untitled: bilingual('comparison.untitled'),
  sourceTitle: bilingual('comparison.sourceTitle'),
};

/**
 * Criterion `n` (1-based) of a blank comparison, id `criterion-n`: placeholder texts in the
 * reader's language only, so a renamed criterion never keeps a placeholder in the other language
 * (it shows there marked "not translated" until translated).
 */
export function placeholderCriterion(n: number, locale: Locale): UserCriterion {
  const text = (key: ContentKey, values?: Readonly<Record<string, string | number>>) => ({
    [locale]: bilingual(key, values)[locale],
  });
  return {
    id: `criterion-${n}`,
    label: text('comparison.defaultCriterion', { n }),
    definition: text('comparison.defaultDefinition'),
    scale: {
      low: text('comparison.defaultLow'),
      mid: text('comparison.defaultMid'),
      high: text('comparison.defaultHigh'),
    },
  };
}

/** The title of a copy: "Copy of …" / "…（副本）", in both languages. */
export function copyTitle(title: LocalizedText): LocalizedText {
  return {
    zh: spaceMixedScripts(zh('comparison.copyTitle', { title: title.zh })),
    en: en('comparison.copyTitle', { title: title.en }),
  };
}
