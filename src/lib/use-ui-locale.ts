import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toUiLocale, type UiLocale } from './i18n';

/**
 * `t` and `i18n` from `useTranslation()`, plus the current UI locale narrowed to `zh` | `en`,
 * which is also the key into every `{ zh, en }` text of the data. Re-renders the caller when the
 * language changes.
 */
export function useUiLocale(): { readonly t: TFunction; readonly i18n: I18n; readonly locale: UiLocale } {
  const { t, i18n } = useTranslation();
  return { t, i18n, locale: toUiLocale(i18n.resolvedLanguage) };
}
