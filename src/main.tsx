import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { createI18n } from './lib/i18n';
import { applyThemePreference, readThemePreference } from './lib/theme';
import { migrateCurrentUrl } from './lib/url-state';
import './styles.css';

applyThemePreference(readThemePreference());
// Before i18next reads `?lang=` and before the first render reads the view.
migrateCurrentUrl();
const i18n = createI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <NuqsAdapter>
        <App />
      </NuqsAdapter>
    </I18nextProvider>
  </StrictMode>,
);
