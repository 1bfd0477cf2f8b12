import { HTML_LANG, setLanguage, type UiLocale } from '../../lib/i18n';
import { useUiLocale } from '../../lib/use-ui-locale';

/** Option names stay in their own language whatever the UI language is (UI contract). */
const OPTIONS: readonly { readonly locale: UiLocale; readonly name: string }[] = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

/**
 * The language switch: a group named "Language" / "语言" of two toggle buttons, `中文` and
 * `English`, the current one pressed. Switching re-renders every text at once and is remembered.
 */
export function LanguageSwitch() {
  const { t, i18n, locale: current } = useUiLocale();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {OPTIONS.map((option) => (
        <button
          key={option.locale}
          type="button"
          className="segmented__option"
          lang={HTML_LANG[option.locale]}
          aria-pressed={current === option.locale}
          onClick={() => void setLanguage(i18n, option.locale)}
        >
          {option.name}
        </button>
      ))}
    </div>
  );
}
