import './styles/index.css';
import { applyThemePreference, readThemePreference } from './features/theme/store/theme-preference';
import { installTrustedTypesPolicy } from './lib/trusted-types';

installTrustedTypesPolicy();

// The reader's stored theme, before the first paint (the prerendered page follows the system's).
applyThemePreference(readThemePreference());

// The page arrives prerendered: let the browser paint it before any of the application's
// JavaScript is evaluated, then load and start it (`boot.tsx` hydrates the page).
requestAnimationFrame(() => {
  setTimeout(() => void import('./boot'), 0);
});
