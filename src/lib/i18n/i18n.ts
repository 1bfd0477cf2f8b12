import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALE_TAGS, LOCALES, toLocale, type Locale } from '../../domain/locale';
import { writeLocalValue } from '../storage/unkept-writes';
import { LANGUAGE_COOKIE, LANGUAGE_STORAGE_KEY } from '../storage/keys';
import { detectLocale } from './detect-locale';
import { loadUiStrings, type UiStrings } from './ui-strings';

/**
 * Strings of a part that loads on demand (a dialog, the editor), in both languages, each under its
 * own top-level key: `src/locales/on-demand/<part>.{en,zh}.json`. The part's module passes them
 * to {@link addOnDemandStrings} when it loads, so the first view's script carries none of them.
 */
export interface OnDemandStrings {
  readonly en: Readonly<Record<string, unknown>>;
  readonly zh: Readonly<Record<string, unknown>>;
}

// Every instance made here, and every on-demand bundle added so far: a bundle reaches instances
// made before it loaded and after (tests make one per render).
const instances = new Set<I18n>();
const onDemand: OnDemandStrings[] = [];
// The language each instance was last asked to switch to (see changeLocale).
const wantedOf = new WeakMap<I18n, Locale>();

/**
 * Whether `instance` holds `locale`'s UI strings. Asked of the instance's own store, not kept
 * beside it: an on-demand part's bundle also creates the locale's bundle, but never the first
 * view's `app` key.
 */
function hasUiStrings(instance: I18n, locale: Locale): boolean {
  return instance.getResource(locale, 'translation', 'app') !== undefined;
}

function addBundle(instance: I18n, strings: OnDemandStrings): void {
  for (const locale of LOCALES) instance.addResourceBundle(locale, 'translation', strings[locale], true, false);
}

/** Adds a part's strings (see {@link OnDemandStrings}) to every i18next instance of the page, now and later. */
export function addOnDemandStrings(strings: OnDemandStrings): void {
  if (onDemand.includes(strings)) return;
  onDemand.push(strings);
  for (const instance of instances) addBundle(instance, strings);
}

/**
 * Puts a space between Chinese characters and Latin letters or digits ("GPU排第一" → "GPU 排第一"),
 * as Chinese typesetting does, in sentences built from data. Opt in per call with
 * `t(key, { postProcess: CJK_SPACING })`; labels with a fixed form (e.g. "选择{route}") stay as written.
 */
export const CJK_SPACING = 'cjkSpacing';

export function spaceMixedScripts(text: string): string {
  return text.replace(/(\p{Script=Han})([A-Za-z0-9])/gu, '$1 $2').replace(/([A-Za-z0-9%])(\p{Script=Han})/gu, '$1 $2');
}

const cjkSpacing = {
  type: 'postProcessor' as const,
  name: CJK_SPACING,
  process: (value: string, _key: string | string[], _options: unknown, translator: { language?: string }) =>
    toLocale(translator.language) === 'zh' ? spaceMixedScripts(value) : value,
};

/** Instances whose page writes `<html lang>` and the title itself, when it renders a new language. */
const followedByPage = new WeakSet<I18n>();

/**
 * Hands the document's language and title over to the page rendering `instance` (see
 * `UiLocaleProvider`): they then change in the same commit as the translated page, not before it.
 * Setting `<html lang>` restyles and lays out the whole page for its fonts, which at the switch
 * itself would hold up the paint of the pressed button. Returns the function that hands them back.
 */
export function followDocumentInPage(instance: I18n): () => void {
  followedByPage.add(instance);
  return () => followedByPage.delete(instance);
}

/** Writes `<html lang>`, the title and the description of the document in `instance`'s language. */
export function syncDocument(instance: I18n): void {
  if (typeof document === 'undefined') return;
  const locale = toLocale(instance.resolvedLanguage ?? instance.language);
  document.documentElement.lang = LOCALE_TAGS[locale];
  document.title = instance.t('app.documentTitle');
  document.querySelector('meta[name="description"]')?.setAttribute('content', instance.t('app.description'));
}

/**
 * Creates an initialised i18next instance with the UI strings given (`strings`: the page passes
 * its reading language's alone; the build and the tests pass both, `bundledStrings`), so the first
 * render is already in the right language (no flash, no network). The other locale's strings load
 * when the reader switches ({@link changeLocale}).
 *
 * The language is `lng` when given, else this visit's (`detectLocale`): `?lang=` → the remembered
 * choice (cookie, then localStorage) → the prerendered page's language → the browser's languages
 * (`zh*` → Chinese, else English). The server that sends the prerendered page picks its language
 * by the same rule (`negotiateLocale`). `<html lang>` and `document.title` follow every change.
 */
export function createI18n(options: {
  readonly lng?: Locale;
  readonly strings: Readonly<Partial<Record<Locale, UiStrings>>>;
}): I18n {
  const instance = i18next.createInstance();
  // Registered before init so the very first resolution also writes <html lang>.
  instance.on('languageChanged', () => {
    if (!followedByPage.has(instance)) syncDocument(instance);
  });
  void instance
    .use(cjkSpacing)
    .use(initReactI18next)
    .init({
      // Given to init, not added after it: i18next resolves the language against what it holds then.
      resources: Object.fromEntries(
        Object.entries(options.strings).map(([locale, strings]) => [locale, { translation: strings }]),
      ),
      // Always one of our locales: i18next's debugging mode `cimode` (raw keys on screen) cannot
      // come in from a link or from storage.
      lng: options.lng ?? detectLocale(),
      supportedLngs: [...LOCALES],
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  instances.add(instance);
  for (const strings of onDemand) addBundle(instance, strings);
  return instance;
}

/**
 * Switches `instance` to `locale`, loading that locale's UI strings first when it lacks them. With
 * the strings at hand it switches at once (synchronously, as `changeLanguage` does); of several
 * switches made while strings load, the last one wins. A failed load rejects and leaves the
 * language as it was.
 */
export async function changeLocale(instance: I18n, locale: Locale): Promise<void> {
  wantedOf.set(instance, locale);
  if (!hasUiStrings(instance, locale)) {
    const strings = await loadUiStrings(locale);
    instance.addResourceBundle(locale, 'translation', strings, true, false);
    if (wantedOf.get(instance) !== locale) return;
  }
  await instance.changeLanguage(locale);
}

/** How long the language cookie lasts, in seconds (a year). */
const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

function writeLanguageCookie(locale: Locale): void {
  document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=${LANGUAGE_COOKIE_MAX_AGE}; SameSite=Lax`;
}

/**
 * A choice remembered only in localStorage (the cookie expired or was cleared) is written to the
 * cookie again, so the next visit's page comes from the server in that language. Storage failures
 * are ignored.
 */
export function restoreLanguageCookie(): void {
  try {
    const stored = LOCALES.find((locale) => locale === window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
    if (stored && !document.cookie.split(';').some((pair) => pair.trim().startsWith(`${LANGUAGE_COOKIE}=`)))
      writeLanguageCookie(stored);
  } catch {
    // Nothing to restore from.
  }
}

/**
 * Switches the UI language and remembers the choice for the next visit: in localStorage, and in a
 * cookie so the server sends the next visit's prerendered page in that language. The address's
 * `lang` param is the language switch's business (see `LanguageSwitch`), which writes the new
 * language there. Where storage refuses (private mode, quota) the switch still happens, and the
 * page's notice says the choice is not kept.
 */
export async function setLanguage(instance: I18n, locale: Locale): Promise<void> {
  try {
    writeLanguageCookie(locale);
  } catch {
    // Cookies turned off: localStorage below says whether anything is kept.
  }
  writeLocalValue(LANGUAGE_STORAGE_KEY, locale);
  await changeLocale(instance, locale);
}
