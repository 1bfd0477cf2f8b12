import type { Edition } from '../domain/edition/schema';
import { LanguageSwitch } from '../features/language/components/language-switch';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import { CopyLinkButton } from '../features/share/components/copy-link-button';
import { ThemeSwitch } from '../features/theme/components/theme-switch';
import { useUiLocale } from '../lib/i18n/use-ui-locale';

/**
 * The page header: product name and the shown edition's short title, the edition picker (when
 * there is more than one edition), copy link, and the language and theme switches.
 */
export function SiteHeader({
  editions,
  current,
  onChooseEdition,
}: {
  readonly editions: readonly Edition[];
  readonly current: Edition | undefined;
  readonly onChooseEdition: (editionId: string) => void;
}) {
  const { t, locale } = useUiLocale();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <path
              d="M4 26 L12 8 L20 20 L28 6"
              fill="none"
              stroke="currentColor"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
            <circle cx="12" cy="8" r="3" fill="currentColor" />
            <circle cx="20" cy="20" r="3" fill="currentColor" />
          </svg>
          <span className="brand__name">{t('app.name')}</span>
          {current ? (
            <span className="brand__edition" title={current.title[locale]}>
              {current.shortTitle[locale]}
            </span>
          ) : null}
        </div>
        <div className="site-header__controls">
          {editions.length > 1 ? (
            <label className="edition-picker">
              <span className="sr-only">{t('edition.label')}</span>
              <select value={current?.id} onChange={(event) => onChooseEdition(event.target.value)}>
                {editions.map((edition) => (
                  <option key={edition.id} value={edition.id}>
                    {edition.id === MY_ROUTES_ID
                      ? t('myRoutes.pickerOption', { count: edition.routes.length })
                      : edition.shortTitle[locale]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <CopyLinkButton />
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
