import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { THEME_PREFERENCES, useThemePreference } from '../hooks/use-theme-preference';

/** Light / dark / system theme switch: a group of three toggle buttons, the current one pressed. */
export function ThemeSwitch() {
  const { t } = useUiLocale();
  const [preference, setPreference] = useThemePreference();
  return (
    <SegmentedControl
      label={t('theme.label')}
      options={THEME_PREFERENCES.map((option) => ({
        value: option,
        label: (
          <>
            <span className={`theme-icon theme-icon--${option}`} aria-hidden="true" />
            <span className="segmented__label">{t(`theme.${option}`)}</span>
          </>
        ),
      }))}
      value={preference}
      onChange={setPreference}
    />
  );
}
