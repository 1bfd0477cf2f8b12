import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium.mjs';

// Its own ports, so a dashboard left running with `npm start` (4173) is never tested by mistake;
// E2E_PORT moves both (app, app + 1 for the harness) when two checkouts test side by side.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const HARNESS_PORT = PORT + 1;
/** The test harness (tests/harness): the dashboard's components on edge-case data. */
export const HARNESS_URL = `http://127.0.0.1:${HARNESS_PORT}/`;

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production build.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    // The service worker would answer requests a spec routes or counts; the offline spec allows it.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      command:
        'npx vite build --config tests/harness/vite.config.ts --logLevel error && ' +
        `npx vite preview --config tests/harness/vite.config.ts --host 127.0.0.1 --port ${HARNESS_PORT} --strictPort`,
      url: HARNESS_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
    },
  ],
});
