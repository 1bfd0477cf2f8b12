import { toLocale } from './domain/locale';
import type { i18n as I18n } from 'i18next';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { App } from './app/app';
import { Providers } from './app/providers';
import { matchesPrerender } from './lib/hydration/prerender-match';
import { detectLocale } from './lib/i18n/detect-locale';
import { createI18n, restoreLanguageCookie } from './lib/i18n/i18n';
import { loadUiStrings } from './lib/i18n/ui-strings';
import { onCaughtError } from './lib/load-failure';
import { loadStoredValueSchemas } from './lib/storage/stored-json';
import { migrateCurrentUrl } from './lib/url-state';

// Before the first render reads the view (it never changes `lang`: main.tsx read it already).
migrateCurrentUrl();
restoreLanguageCookie();
const locale = detectLocale();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = container;

/** Hydrates the prerendered page when this visit's first render matches it, else renders afresh. */
function start(i18n: I18n): void {
  const hydrating = matchesPrerender(root, toLocale(i18n.resolvedLanguage));
  const tree = (
    <Providers i18n={i18n} urlAdapter={NuqsAdapter}>
      <App hydrating={hydrating} />
    </Providers>
  );
  if (hydrating) {
    // In a transition, hydration yields to the browser between slices: the prerendered page stays
    // responsive (scrolling, a click that React replays) while it comes alive.
    startTransition(() => {
      hydrateRoot(root, tree, {
        onCaughtError,
        // A mismatch is recovered by rendering afresh; say so for whoever looks at the console.
        onRecoverableError: (error) => console.warn('Route Atlas: the prerendered page was rendered afresh', error),
      });
    });
  } else {
    createRoot(root, { onCaughtError }).render(tree);
  }
}

// The reading language's strings (main.tsx started loading them with this chunk), and the checks
// of stored values (zod), which load only when something is stored: then the page is rendered
// afresh anyway (see matchesPrerender), and its first render reads them checked. A check that
// cannot load (offline without the service worker) leaves its value for the hook to retry.
// Not a top-level await: with one, the bundler splits the modules this chunk shares with lazy ones
// into many small chunks of their own, each a request of the first view.
void Promise.all([loadUiStrings(locale), loadStoredValueSchemas().catch(() => undefined)]).then(([strings]) =>
  start(createI18n({ lng: locale, strings: { [locale]: strings } })),
);
