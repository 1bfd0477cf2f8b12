import { chooseLocale, cookieValue, type Locale } from '../../domain/locale';
import { LANGUAGE_COOKIE, LANGUAGE_STORAGE_KEY } from '../storage/keys';

function storedChoice(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage turned off: the cookie, the page or the browser decide.
    return null;
  }
}

/**
 * The reading language of this visit (see `chooseLocale`): `?lang=` → the reader's remembered
 * choice (cookie, then localStorage) → the language the build prerendered this page in
 * (`data-prerendered` on `#root`) → the browser's languages → English.
 *
 * The prerendered page's language is read from its marker, not from `<html lang>`: the page's own
 * i18n instance writes `<html lang>` on every change, and the development page's template carries
 * one that nobody chose. Outside a browser (the build's prerender) this is English.
 */
export function detectLocale(): Locale {
  if (typeof window === 'undefined') return 'en';
  return chooseLocale({
    query: new URLSearchParams(window.location.search).getAll('lang'),
    remembered: [cookieValue(document.cookie, LANGUAGE_COOKIE), storedChoice()],
    page: document.getElementById('root')?.dataset.prerendered,
    browser: window.navigator.languages,
  });
}
