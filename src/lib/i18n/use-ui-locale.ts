import type { i18n as I18n, TFunction } from 'i18next';
import {
  createContext,
  createElement,
  startTransition,
  use,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { getI18n } from 'react-i18next';
import { toLocale, type Locale } from '../../domain/locale';
import { followDocumentInPage, syncDocument } from './i18n';
import { rememberingT } from './remembering-t';

/** What {@link useUiLocale} returns. */
export interface UiLocale {
  readonly t: TFunction;
  readonly i18n: I18n;
  /** The UI locale, `zh` | `en`: also the key into every `{ zh, en }` text of the data. */
  readonly locale: Locale;
}

const UiLocaleContext = createContext<UiLocale | undefined>(undefined);

/**
 * Gives the tree below `t` (remembering its answers, see `rememberingT`), `i18n` and the locale
 * of `i18n`, and re-renders it when the language changes. One subscription for the page: react-i18next's `useTranslation` subscribes, and builds
 * its options, in every component that calls it, which at a hundred drawn table cells cost tens of
 * milliseconds on each sort or filter.
 *
 * A new language renders in a transition: translating the whole page takes more than a frame at
 * 10 000 routes, and React then slices that render so the pressed switch paints first and input
 * is never held up. (`useSyncExternalStore` would render it in one blocking piece.)
 */
export function UiLocaleProvider({ i18n, children }: { readonly i18n: I18n; readonly children: ReactNode }) {
  const [language, setLanguage] = useState(() => i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    const follow = () => startTransition(() => setLanguage(i18n.resolvedLanguage ?? i18n.language));
    i18n.on('languageChanged', follow);
    // A child's effect may have switched the language before this one subscribed.
    follow();
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);
  useLayoutEffect(() => followDocumentInPage(i18n), [i18n]);
  // In the commit that shows the new language, before it paints.
  useLayoutEffect(() => syncDocument(i18n), [i18n, language]);
  const remembering = useMemo(() => rememberingT(i18n.getFixedT(language)), [i18n, language]);
  // Strings added later (a part's on-demand strings) must be read afresh.
  useEffect(() => {
    i18n.store.on('added', remembering.forget);
    return () => i18n.store.off('added', remembering.forget);
  }, [i18n, remembering]);
  const value = useMemo<UiLocale>(
    () => ({ t: remembering.t, i18n, locale: toLocale(language) }),
    [remembering, i18n, language],
  );
  return createElement(UiLocaleContext, { value }, children);
}

/**
 * Gives the tree below `value` as its UI locale, in place of the page's: for a part that follows
 * the page's language a moment later (the trend radars redraw after the page has painted the new
 * language).
 */
export function UiLocaleOverride({ value, children }: { readonly value: UiLocale; readonly children: ReactNode }) {
  return createElement(UiLocaleContext, { value }, children);
}

/**
 * `t` and `i18n`, plus the current UI locale narrowed to `zh` | `en`. Re-renders the caller when
 * the language changes. Below {@link UiLocaleProvider} (every page renders through `Providers`);
 * elsewhere it reads react-i18next's instance once, without following later changes.
 */
export function useUiLocale(): UiLocale {
  const provided = use(UiLocaleContext);
  if (provided) return provided;
  const i18n = getI18n();
  return { t: i18n.t, i18n, locale: toLocale(i18n.resolvedLanguage) };
}
