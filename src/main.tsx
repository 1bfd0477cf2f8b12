import './styles/index.css';
import { isEmbedAddress } from './features/embed/model/embed-request';
import { applyThemePreference, readThemePreference } from './features/theme/store/theme-preference';
import { detectLocale } from './lib/i18n/detect-locale';
import { loadUiStrings } from './lib/i18n/ui-strings';
import { installTrustedTypesPolicy } from './lib/trusted-types';

installTrustedTypesPolicy();

const embed = isEmbedAddress(window.location.search);
if (embed) {
  // An embed (one part, in someone else's page) before the first paint: the stylesheet hides the
  // prerendered full page, and the colours follow the host's `prefers-color-scheme`, not the theme
  // a reader of the full page stored.
  document.documentElement.dataset.embed = '';
} else {
  // The reader's stored theme, before the first paint (the prerendered page follows the system's).
  applyThemePreference(readThemePreference());
}

// The page arrives prerendered: let the browser paint it before any of the application's
// JavaScript is evaluated, then load and start it (`boot.tsx` hydrates the page). An embed loads
// its own entry instead, at once: the normal page never loads the embed's code. Either way the
// reading language's strings load beside the entry, not after it (the entry awaits the same load).
if (embed) {
  void loadUiStrings(detectLocale());
  void import('./embed-boot');
} else
  requestAnimationFrame(() => {
    setTimeout(() => {
      void loadUiStrings(detectLocale());
      void import('./boot');
    }, 0);
  });
