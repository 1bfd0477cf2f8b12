import { createRoot } from 'react-dom/client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { EmbedPage } from './app/embed/embed-page';
import { Providers } from './app/providers';
import { createI18n } from './lib/i18n/i18n';
import { onCaughtError } from './lib/load-failure';
import { migrateCurrentUrl } from './lib/url-state';

// An embed (`?embed=…`) inside someone else's page: one part, rendered afresh (the prerendered
// page is the full one, hidden by the stylesheet since `main.tsx` marked the document). The
// language comes from `?lang=` or the browser; no cookie is written from inside a frame, and no
// service worker is registered.
migrateCurrentUrl();
const i18n = createI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container, { onCaughtError }).render(
  <Providers i18n={i18n} urlAdapter={NuqsAdapter}>
    <EmbedPage />
  </Providers>,
);
