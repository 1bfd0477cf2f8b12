import { LOCALE_TAGS, type Locale } from '../../../../domain/locale';
import type { UserText } from '../../model/user-edition';

/** A user text as the editor shows it in `locale`: its own, or the other language's, marked untranslated. */
export interface ShownText {
  readonly text: string;
  /** The BCP 47 tag of the language the text is in (for `lang`). */
  readonly lang: string;
  readonly untranslated: boolean;
}

/** `text` in `locale`, or in the other language when `locale` has none; `undefined` when neither has any. */
export function shownText(text: UserText | undefined, locale: Locale): ShownText | undefined {
  const own = text?.[locale]?.trim();
  if (own) return { text: own, lang: LOCALE_TAGS[locale], untranslated: false };
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const fallback = text?.[other]?.trim();
  return fallback ? { text: fallback, lang: LOCALE_TAGS[other], untranslated: true } : undefined;
}

/** A name for an item in running text: its text in either language, or `numbered` when it has none. */
export function nameOf(text: UserText | undefined, locale: Locale, numbered: string): string {
  return shownText(text, locale)?.text ?? numbered;
}

/** React keys for items by id (stable across moves); a repeated id (a problem shown elsewhere) gets a suffix. */
export function keysById(items: readonly { readonly id: string }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ id }) => {
    const times = seen.get(id) ?? 0;
    seen.set(id, times + 1);
    return times === 0 ? id : `${id}~${times}`;
  });
}
