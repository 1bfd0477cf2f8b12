import { toLocale, type Locale } from '../../domain/locale';
import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * `t` and `i18n` from `useTranslation()`, plus the current UI locale narrowed to `zh` | `en`,
 * which is also the key into every `{ zh, en }` text of the data. Re-renders the caller when the
 * language changes.
 */
export function useUiLocale(): { readonly t: TFunction; readonly i18n: I18n; readonly locale: Locale } {
  const { t, i18n } = useTranslation();
  return { t, i18n, locale: toLocale(i18n.resolvedLanguage) };
}
