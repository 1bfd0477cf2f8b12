import './styles/index.css';
import { applyThemePreference, readThemePreference } from './features/theme/store/theme-preference';
import { detectLocale } from './lib/i18n/detect-locale';
import { loadUiStrings } from './lib/i18n/ui-strings';
import { installTrustedTypesPolicy } from './lib/trusted-types';

installTrustedTypesPolicy();

// The reader's stored theme, before the first paint (the prerendered page follows the system's).
applyThemePreference(readThemePreference());

// The page arrives prerendered: let the browser paint it before any of the application's
// JavaScript is evaluated, then load and start it (`boot.tsx` hydrates the page).
requestAnimationFrame(() => {
  setTimeout(() => {
    // The reading language's strings load beside `boot`, not after it (boot awaits the same load).
    void loadUiStrings(detectLocale());
    void import('./boot');
  }, 0);
});
