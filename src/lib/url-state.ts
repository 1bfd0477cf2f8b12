import { parseAsString, useQueryStates } from 'nuqs';
import { PARAM_KEYS, type ParamKey } from '../domain/view-state';
import { migrateParams } from '../domain/view-state-migrations';

/**
 * Every URL param is read as a plain string (or `null` when absent) and checked by the domain codec
 * (`decodeViewState`), so a hand-edited value is reported rather than silently turned into a default.
 */
export const urlParsers = Object.fromEntries(PARAM_KEYS.map((key) => [key, parseAsString])) as Record<
  ParamKey,
  typeof parseAsString
>;

/**
 * The raw view params of the address bar and their setter (nuqs). Setting a value writes the URL
 * (a new history entry unless `{ history: 'replace' }`); back and forward update the values.
 */
export function useUrlParams() {
  return useQueryStates(urlParsers, { history: 'push' });
}

/**
 * Brings a link written by an older URL format up to the current one before the first render, in
 * place (no new history entry). A link without any view param stays as it is, so a plain visit
 * keeps a clean address.
 */
export function migrateCurrentUrl(): void {
  const url = new URL(window.location.href);
  const present = PARAM_KEYS.filter((key) => url.searchParams.has(key));
  if (present.length === 0) return;
  const before = Object.fromEntries(present.map((key) => [key, url.searchParams.get(key)]));
  const after = migrateParams(before);
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const value = after[key] ?? null;
    if (value === (before[key] ?? null)) continue;
    changed = true;
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (changed) window.history.replaceState(window.history.state, '', url);
}

/**
 * The current address with `lang` set to the reading language, so a copied link opens in the
 * language it was copied in.
 */
export function shareableUrl(locale: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', locale);
  if (!url.searchParams.has('v')) url.searchParams.set('v', '1');
  return url.toString();
}
