import { useTranslation } from 'react-i18next';
import { THEME_PREFERENCES, useThemePreference } from '../hooks/use-theme-preference';

/** Light / dark / system theme switch: a group of three toggle buttons, the current one pressed. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const [preference, setPreference] = useThemePreference();
  return (
    <div className="segmented" role="group" aria-label={t('theme.label')}>
      {THEME_PREFERENCES.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={preference === option}
          onClick={() => setPreference(option)}
        >
          <span className={`theme-icon theme-icon--${option}`} aria-hidden="true" />
          <span className="segmented__label">{t(`theme.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}
