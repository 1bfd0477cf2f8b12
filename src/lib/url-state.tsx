import { parseAsString, useQueryState, useQueryStates } from 'nuqs';
import { createContext, use, useMemo, type ReactNode } from 'react';
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

/** What {@link UrlParamsProvider} hands down: the view params and the edition param, each with its setter. */
interface UrlParamsValue {
  readonly view: ReturnType<typeof useViewParamsOfAddress>;
  readonly edition: ReturnType<typeof useEditionParamOfAddress>;
}

const UrlParamsContext = createContext<UrlParamsValue | null>(null);

function useViewParamsOfAddress() {
  return useQueryStates(urlParsers, { history: 'push' });
}

function useEditionParamOfAddress() {
  return useQueryState('ed', parseAsString);
}

/**
 * The one reader of the address's params (nuqs) for the page below it; `useUrlParams` and
 * `useEditionParam` read what it hands down. nuqs re-renders every component that reads the
 * address once the address has been written (throttled, after the change has painted). Read by
 * one small component whose children are the same elements, that render stops there: read in the
 * app's root, it rendered the whole page a second time after every sort, facet or keystroke (about
 * 20 ms at 100 000 routes, before the next frame). Must sit inside a nuqs adapter.
 */
export function UrlParamsProvider({ children }: { readonly children: ReactNode }) {
  const [params, setParams] = useViewParamsOfAddress();
  const [edition, setEdition] = useEditionParamOfAddress();
  const value = useMemo<UrlParamsValue>(
    () => ({ view: [params, setParams], edition: [edition, setEdition] }),
    [params, setParams, edition, setEdition],
  );
  return <UrlParamsContext value={value}>{children}</UrlParamsContext>;
}

function useUrlParamsValue(): UrlParamsValue {
  const value = use(UrlParamsContext);
  if (value === null) throw new Error('useUrlParams and useEditionParam need a UrlParamsProvider (see Providers).');
  return value;
}

/**
 * The raw view params of the address bar and their setter (nuqs), as `[params, setParams]`.
 * Setting a value writes the URL (a new history entry unless `{ history: 'replace' }`); back and
 * forward update the values. The same objects until the params change.
 *
 * @throws Error outside a {@link UrlParamsProvider}
 */
export function useUrlParams() {
  return useUrlParamsValue().view;
}

/**
 * The address's edition param (`ed`: an edition's id, or `null` for the first bundled one) and its
 * setter (nuqs). Setting it replaces the history entry unless `{ history: 'push' }` is given.
 *
 * @throws Error outside a {@link UrlParamsProvider}
 */
export function useEditionParam() {
  return useUrlParamsValue().edition;
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
