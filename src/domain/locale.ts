/**
 * The one list of locales, and the one way to read a language tag. The UI, the content (`data/`),
 * links (`?lang=`), the prerendered pages and the server's choice of page all use these two codes.
 * Pure, no DOM: the build, the preview server and the service worker import it too.
 */

/** The locales the product ships, in the order the language switch shows them. */
export const LOCALES = ['zh', 'en'] as const;

/** A shipped locale: `zh` (Simplified Chinese) or `en`. */
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag of each locale, for `<html lang>`, `Content-Language` and `Intl` (`zh-CN`, `en`). */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { zh: 'zh-CN', en: 'en' };

/** Cookie that mirrors the reader's explicit language choice for servers (localStorage is unseen). */
export const LANGUAGE_COOKIE = 'route-atlas.lang';

/** The file each locale's prerendered page is built to (next to each other in `dist/`). */
export const LOCALE_PAGES: Readonly<Record<Locale, string>> = { en: 'index.html', zh: 'index.zh.html' };

/**
 * The shipped locale a language tag names (`zh`, `ZH`, `zh-TW`, `zh-Hant-HK` → `zh`; `en-GB` →
 * `en`), or `undefined` for anything else (`fr`, `cimode`, blank).
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().split('-')[0]?.toLowerCase();
  return LOCALES.find((locale) => locale === base);
}

/** Like {@link matchLocale}, falling back to English for a tag that names no shipped locale. */
export function toLocale(tag: string | null | undefined): Locale {
  return matchLocale(tag) ?? 'en';
}

/**
 * Folds text for matching: NFKC turns full-width forms into their ASCII twins (`５Ｇ` → `5G`,
 * `ＡＩ` → `AI`), then case is folded, typographic apostrophes become `'` (OpenAI’s → openai's) and
 * whitespace runs collapse to one space. Search and the importer's name matching both use it.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Languages of an `Accept-Language` header, most preferred first (`q` descending, header order
 * among equals); entries with `q=0` or an unreadable `q` are left out.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The value of cookie `name` in a `Cookie` header, or undefined (also when it is not decodable). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...rest] = pair.split('=');
    if (key?.trim() !== name) continue;
    try {
      return decodeURIComponent(rest.join('=').trim());
    } catch {
      // A hand-made cookie such as `%zz`: ignored, the browser's languages decide.
      return undefined;
    }
  }
  return undefined;
}

/**
 * Where the reading language can come from, most decisive first. Each is a raw value (a tag, a
 * cookie value), or `undefined` when that source says nothing; a value that names no shipped
 * locale is skipped, as if absent.
 */
export interface LocaleSources {
  /** The address's `lang` params (`?lang=zh`), in order: a link that names a language. */
  readonly query?: readonly string[];
  /** The reader's explicit choice, as the cookie and localStorage remember it (cookie first). */
  readonly remembered?: readonly (string | null | undefined)[];
  /** The language of the page the build prerendered and the server sent (`data-prerendered`). */
  readonly page?: string | undefined;
  /** The browser's languages, most preferred first (`navigator.languages`, `Accept-Language`). */
  readonly browser?: readonly string[];
}

/**
 * The reading language, by the one rule the server, the service worker and the page share: a link's
 * `?lang=` (the last one, as `URLSearchParams` readers and i18next took it) → the reader's
 * remembered choice → the language of the page already sent → the browser's languages by
 * preference → English. The page's own language comes before the browser's so that a prerendered
 * page opened by a browser of the other language stays as it is: hydrated, not rendered afresh.
 */
export function chooseLocale(sources: LocaleSources): Locale {
  return (
    matchLocale(sources.query?.at(-1)) ??
    sources.remembered?.map(matchLocale).find((locale) => locale !== undefined) ??
    matchLocale(sources.page) ??
    sources.browser?.map(matchLocale).find((locale) => locale !== undefined) ??
    'en'
  );
}

/**
 * The locale of the page to serve, picked as the page itself would pick it (no language flash):
 * `?lang=` → the remembered choice (cookie) → the browser's languages by preference → English
 * (see {@link chooseLocale}; no page has been sent yet). `query` is the request's search string
 * (`?lang=zh&…` or empty), `cookie` and `acceptLanguage` the raw request headers.
 */
export function negotiateLocale(request: {
  readonly query: string;
  readonly cookie?: string | undefined;
  readonly acceptLanguage?: string | undefined;
}): Locale {
  return chooseLocale({
    query: new URLSearchParams(request.query).getAll('lang'),
    remembered: [cookieValue(request.cookie, LANGUAGE_COOKIE)],
    browser: acceptedLanguages(request.acceptLanguage),
  });
}
