import en from '../../locales/en.json';
import zh from '../../locales/zh.json';
import type { Locale } from '../../domain/locale';
import type { UiStrings } from './ui-strings';

/**
 * Both locales' UI strings, bundled: for the build's prerender, the tests, the bench's harness and
 * text written in both languages at once (`features/my-editions/bilingual-texts.ts`). The page's
 * first view never imports this: it loads the reading language's strings alone (`loadUiStrings`).
 */
export const bundledStrings: Readonly<Record<Locale, UiStrings>> = { en, zh };
