import { LOCALE_TAGS, LOCALES, type Locale } from '../../../domain/locale';
import { useEffect, useRef, useState } from 'react';
import { SegmentedControl, type SegmentedOption } from '../../../components/ui/segmented-control';
import { changeLocale, setLanguage } from '../../../lib/i18n/i18n';
import { useUrlParams } from '../../../lib/url-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { noteLoadFailure } from '../../../lib/load-failure';

/** Option names stay in their own language whatever the UI language is (UI contract). */
const OPTIONS: readonly SegmentedOption<Locale>[] = [
  { value: 'zh', label: '中文', lang: LOCALE_TAGS.zh },
  { value: 'en', label: 'English', lang: LOCALE_TAGS.en },
];

/**
 * The language switch: a group named "Language" / "语言" of two toggle buttons, `中文` and
 * `English`, the current one pressed. Switching re-renders every text at once, is remembered, and
 * writes `lang` into the address (replacing the entry: every other param stays as it is). When
 * back or forward brings a link with another `lang`, the UI follows it. The other language's
 * strings load on the first switch: when they cannot (offline with no service worker), the page
 * stays in its language and says so beside the switch, with Try again.
 */
export function LanguageSwitch() {
  const { t, i18n, locale: current } = useUiLocale();
  const [{ lang }, setParams] = useUrlParams();
  // The language whose strings could not load, until a switch succeeds.
  const [failed, setFailed] = useState<Locale | undefined>();
  // The switch under way: the address's `lang` then follows it and must not start a second one.
  const switching = useRef<Locale | undefined>(undefined);
  const switchTo = (locale: Locale, change: (locale: Locale) => Promise<void>) => {
    switching.current = locale;
    void change(locale).then(
      () => {
        switching.current = undefined;
        setFailed(undefined);
      },
      (error: unknown) => {
        switching.current = undefined;
        noteLoadFailure(error);
        setFailed(locale);
      },
    );
  };

  useEffect(() => {
    const wanted = LOCALES.find((locale) => locale === lang);
    if (wanted && wanted !== current && wanted !== switching.current)
      switchTo(wanted, (locale) => changeLocale(i18n, locale));
  }, [lang, current, i18n]);

  // The language chosen and not yet shown: the page translates in a transition (see
  // `UiLocaleProvider`), and the switch shows the reader's choice meanwhile.
  const [chosen, setChosen] = useState<Locale | undefined>();
  if (chosen !== undefined && (chosen === current || failed === chosen)) setChosen(undefined);
  const choose = (locale: Locale) => {
    // Choosing the language still shown, before an earlier choice has shown, takes that one back.
    setChosen(locale === current ? undefined : locale);
    switchTo(locale, (next) => setLanguage(i18n, next));
    // Written at once: an address change made in a transition was overwritten by a sort or a
    // keystroke made before it rendered, which read the address without it.
    void setParams({ lang: locale }, { history: 'replace' });
  };

  return (
    <div className="language-switch">
      <SegmentedControl label={t('language.label')} options={OPTIONS} value={chosen ?? current} onChange={choose} />
      {failed !== undefined && failed !== current ? (
        <p className="language-switch__failed" role="alert">
          {t('language.loadFailed', { language: OPTIONS.find((option) => option.value === failed)?.label ?? failed })}{' '}
          <button type="button" className="link-button" onClick={() => choose(failed)}>
            {t('language.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
