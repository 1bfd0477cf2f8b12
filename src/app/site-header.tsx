import type { ReactNode } from 'react';
import type { Edition } from '../domain/edition/schema';
import { LanguageSwitch } from '../features/language/components/language-switch';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import { CopyLinkButton, type CopyLinkProps } from '../features/share/components/copy-link-button';
import { ThemeSwitch } from '../features/theme/components/theme-switch';
import { useUiLocale } from '../lib/i18n/use-ui-locale';

/** A comparison of the reader's as the picker lists it: its id and its title in the reading language. */
export interface ComparisonOption {
  readonly id: string;
  readonly title: string;
  readonly routeCount: number;
}

/**
 * The page header: product name and the shown edition's short title, the edition picker (when
 * there is more than one edition: the bundled ones, then "My comparisons" with My routes and the
 * reader's comparisons), "New comparison", copy link, and the language and theme switches.
 */
export function SiteHeader({
  editions,
  comparisons,
  current,
  onChooseEdition,
  newComparison,
  share,
}: {
  readonly editions: readonly Edition[];
  /** The reader's stored comparisons, most recent first. */
  readonly comparisons: readonly ComparisonOption[];
  readonly current: Edition | undefined;
  readonly onChooseEdition: (editionId: string) => void;
  /** The "New comparison" control. */
  readonly newComparison?: ReactNode;
  /** What Copy link carries beyond the address, and what it says it leaves out. */
  readonly share?: CopyLinkProps;
}) {
  const { t, locale } = useUiLocale();
  const bundled = editions.filter((edition) => edition.kind !== 'user' && edition.id !== MY_ROUTES_ID);
  const myRoutes = editions.find((edition) => edition.id === MY_ROUTES_ID);
  // The open comparison is listed even before the list of stored ones has caught up with it.
  const listed =
    current?.kind === 'user' && !comparisons.some((item) => item.id === current.id)
      ? [{ id: current.id, title: current.shortTitle[locale], routeCount: current.routes.length }, ...comparisons]
      : comparisons;
  const optionCount = bundled.length + (myRoutes ? 1 : 0) + listed.length;
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
          {optionCount > 1 ? (
            <label className="edition-picker">
              <span className="sr-only">{t('edition.label')}</span>
              <select value={current?.id} onChange={(event) => onChooseEdition(event.target.value)}>
                {bundled.map((edition) => (
                  <option key={edition.id} value={edition.id}>
                    {edition.shortTitle[locale]}
                  </option>
                ))}
                {myRoutes || listed.length > 0 ? (
                  <optgroup label={t('comparison.myComparisons')}>
                    {myRoutes ? (
                      <option value={MY_ROUTES_ID}>
                        {t('myRoutes.pickerOption', { count: myRoutes.routes.length })}
                      </option>
                    ) : null}
                    {listed.map((item) => (
                      <option key={item.id} value={item.id}>
                        {t('comparison.pickerCount', { title: item.title, count: item.routeCount })}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
            </label>
          ) : null}
          {newComparison}
          <CopyLinkButton {...share} />
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
