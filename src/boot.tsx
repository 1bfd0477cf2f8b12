import { toLocale, type Locale } from './domain/locale';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { App } from './app/app';
import { Providers } from './app/providers';
import { createI18n, restoreLanguageCookie } from './lib/i18n/i18n';
import { onCaughtError } from './lib/load-failure';
import { STORAGE_KEYS } from './lib/storage/keys';
import { migrateCurrentUrl } from './lib/url-state';

// Before i18next reads `?lang=` and before the first render reads the view.
migrateCurrentUrl();
const i18n = createI18n();
restoreLanguageCookie();

/**
 * Whether this visit's first render is the page the build prerendered (`data-prerendered` names
 * its locale): same language, no view params in the address, no fragment (a shared comparison or
 * an embed changes the view), nothing stored that changes the view. Only then is the HTML hydrated; otherwise it stays on screen until the client's own
 * render replaces it.
 */
function matchesPrerender(container: HTMLElement, locale: Locale): boolean {
  if (container.dataset.prerendered !== locale) return false;
  const params = [...new URLSearchParams(window.location.search).keys()];
  if (params.some((key) => key !== 'lang' && key !== 'v')) return false;
  if (window.location.hash.length > 1) return false;
  try {
    return Object.entries(STORAGE_KEYS.localStorage).every(
      ([key, changesFirstView]) => !changesFirstView || window.localStorage.getItem(key) === null,
    );
  } catch {
    return true;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const hydrating = matchesPrerender(container, toLocale(i18n.resolvedLanguage));
const tree = (
  <Providers i18n={i18n} urlAdapter={NuqsAdapter}>
    <App hydrating={hydrating} />
  </Providers>
);
if (hydrating) {
  // In a transition, hydration yields to the browser between slices: the prerendered page stays
  // responsive (scrolling, a click that React replays) while it comes alive.
  startTransition(() => {
    hydrateRoot(container, tree, {
      onCaughtError,
      // A mismatch is recovered by rendering afresh; say so for whoever looks at the console.
      onRecoverableError: (error) => console.warn('Route Atlas: the prerendered page was rendered afresh', error),
    });
  });
} else {
  createRoot(container, { onCaughtError }).render(tree);
}
