import { createRoot } from 'react-dom/client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { EmbedPage } from './app/embed/embed-page';
import { Providers } from './app/providers';
import { detectLocale } from './lib/i18n/detect-locale';
import { createI18n } from './lib/i18n/i18n';
import { loadUiStrings } from './lib/i18n/ui-strings';
import { onCaughtError } from './lib/load-failure';
import { migrateCurrentUrl } from './lib/url-state';

// An embed (`?embed=…`) inside someone else's page: one part, rendered afresh (the prerendered
// page is the full one, hidden by the stylesheet since `main.tsx` marked the document). The
// language comes from `?lang=`, then as on the full page (see detectLocale); no cookie is written from inside a frame, and no
// service worker is registered.
migrateCurrentUrl();
const locale = detectLocale();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = container;
// The reading language's strings (main.tsx started loading them with this chunk).
void loadUiStrings(locale).then((strings) =>
  createRoot(root, { onCaughtError }).render(
    <Providers i18n={createI18n({ lng: locale, strings: { [locale]: strings } })} urlAdapter={NuqsAdapter}>
      <EmbedPage />
    </Providers>,
  ),
);
