import { LOCALE_TAGS, LOCALES, type Locale } from '../../../domain/locale';
import { useEffect } from 'react';
import { SegmentedControl, type SegmentedOption } from '../../../components/ui/segmented-control';
import { changeLocale, setLanguage } from '../../../lib/i18n/i18n';
import { useUrlParams } from '../../../lib/url-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';

/** Option names stay in their own language whatever the UI language is (UI contract). */
const OPTIONS: readonly SegmentedOption<Locale>[] = [
  { value: 'zh', label: '中文', lang: LOCALE_TAGS.zh },
  { value: 'en', label: 'English', lang: LOCALE_TAGS.en },
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
    if (wanted && wanted !== current) void changeLocale(i18n, wanted);
  }, [lang, current, i18n]);

  return (
    <SegmentedControl
      label={t('language.label')}
      options={OPTIONS}
      value={current}
      onChange={(locale) => {
        void setParams({ lang: locale }, { history: 'replace' });
        void setLanguage(i18n, locale);
      }}
    />
  );
}
