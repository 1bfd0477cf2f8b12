import './styles/index.css';
import { isEmbedAddress } from './features/embed/model/embed-request';
import { applyThemePreference, markThemeChoice, readThemePreference } from './features/theme/store/theme-preference';
import { matchesPrerender } from './lib/hydration/prerender-match';
import { holdEarlyInput, whenReaderActs } from './lib/hydration/wait-for-reader';
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
  // The reader's stored theme, before the first paint (the prerendered page follows the system's),
  // and shown chosen in the theme switch.
  const theme = readThemePreference();
  applyThemePreference(theme);
  if (theme !== 'system') markThemeChoice(theme);
}

// The page's script: the reading language's strings beside `boot` (which hydrates the page or
// renders it afresh), not after it (boot awaits the same load).
const start = () => {
  void loadUiStrings(detectLocale());
  void import('./boot');
};

const root = document.getElementById('root');
if (embed) {
  // An embed loads its own entry instead, at once: the normal page never loads the embed's code.
  void loadUiStrings(detectLocale());
  void import('./embed-boot');
} else if (root && matchesPrerender(root, detectLocale())) {
  // The page arrives prerendered, and this visit shows it as it is: it can be read with no script,
  // which loads on the reader's first sign of presence; what they do before it is live is kept
  // and given again (lib/hydration/wait-for-reader.ts).
  holdEarlyInput(root);
  whenReaderActs(start);
} else {
  // This visit's first view differs from the prerendered page (another language, a view in the
  // address, stored choices): let the browser paint the page first, then load and start the script.
  requestAnimationFrame(() => setTimeout(start, 0));
}
