import type { Locale } from '../../domain/locale';

/** One locale's UI strings, as `src/locales/<locale>.json` holds them. */
export type UiStrings = Readonly<Record<string, unknown>>;

/**
 * Loads one locale's UI strings, each locale a chunk of its own: the first view carries only the
 * reading language's, and the other arrives when the reader switches (the service worker precaches
 * both, so switching works offline). Imported by the entry (`main.tsx`), which starts the load
 * alongside `boot`'s, so the strings never wait for it.
 */
export function loadUiStrings(locale: Locale): Promise<UiStrings> {
  const load = locale === 'zh' ? import('../../locales/zh.json') : import('../../locales/en.json');
  return load.then((module) => module.default);
}
