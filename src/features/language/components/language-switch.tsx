import { LOCALE_TAGS, LOCALES, type Locale } from '../../../domain/locale';
import { useEffect } from 'react';
import { setLanguage } from '../../../lib/i18n/i18n';
import { useUrlParams } from '../../../lib/url-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';

/** Option names stay in their own language whatever the UI language is (UI contract). */
const OPTIONS: readonly { readonly locale: Locale; readonly name: string }[] = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

/**
 * The language switch: a group named "Language" / "语言" of two toggle buttons, `中文` and
 * `English`, the current one pressed. Switching re-renders every text at once, is remembered, and
 * writes `lang` into the address (replacing the entry: every other param stays as it is). When
 * back or forward brings a link with another `lang`, the UI follows it.
 */
export function LanguageSwitch() {
  const { t, i18n, locale: current } = useUiLocale();
  const [{ lang }, setParams] = useUrlParams();

  useEffect(() => {
    const wanted = LOCALES.find((locale) => locale === lang);
    if (wanted && wanted !== current) void i18n.changeLanguage(wanted);
  }, [lang, current, i18n]);

  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {OPTIONS.map((option) => (
        <button
          key={option.locale}
          type="button"
          className="segmented__option"
          lang={LOCALE_TAGS[option.locale]}
          aria-pressed={current === option.locale}
          onClick={() => {
            void setParams({ lang: option.locale }, { history: 'replace' });
            void setLanguage(i18n, option.locale);
          }}
        >
          {option.name}
        </button>
      ))}
    </div>
  );
}
