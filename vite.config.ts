/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { displayedDataFile, validateDataDir } from './src/build/validate-data-dir.ts';
import { prerenderFirstView, serveLocalePage } from './src/build/html-plugins.ts';
import { firstViewBudget } from './src/build/size-budget.ts';

const dataDir = path.resolve(import.meta.dirname, 'data');

/**
 * The page's JavaScript budgets, gzip (bytes): before the reader acts (the entry alone, about 3.5 kB)
 * and once the page is live (about 167 kB). Raise one only on purpose.
 */
const JS_BUDGETS = { firstView: 10_000, livePage: 168_000 };

/** A chunk of one locale's UI strings (`src/locales/<locale>.json`): `assets/zh-<hash>.js`. */
const LOCALE_CHUNK = /(^|\/)(en|zh)-[\w-]{8}\.js$/;

const describeProblems = (problems: readonly string[]) =>
  `Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`;

/**
 * Fails the build when any file in data/ breaks the edition schema (the page trusts bundled data
 * and does not check it again). The dev server checks at start and after every edit of a data
 * file, and shows the problems in its error overlay.
 */
function validateData(): Plugin {
  return {
    name: 'route-atlas:validate-data',
    enforce: 'pre',
    // A comparison a reader exported and dropped into data/ (`"kind": "user"`) is bundled as the
    // edition the page shows for it, filled in here: the first view carries no converter for it.
    transform(code, id) {
      if (!id.startsWith(dataDir) || !id.endsWith('.json')) return null;
      const shown = displayedDataFile(code);
      return shown === undefined ? null : { code: shown, map: null };
    },
    buildStart() {
      const problems = validateDataDir(dataDir);
      if (problems.length > 0) this.error(describeProblems(problems));
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(dataDir)) return;
      const problems = validateDataDir(dataDir);
      if (problems.length > 0) {
        server.ws.send({ type: 'error', err: { message: describeProblems(problems), stack: '' } });
        return [];
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs let dist/ be served from any sub-path; override with --base when needed.
  base: './',
  plugins: [
    react(),
    validateData(),
    prerenderFirstView(),
    serveLocalePage(),
    // The page's JavaScript before the reader acts and once live (docs/performance.md).
    firstViewBudget(JS_BUDGETS),
    // Installable, and after the first visit it opens and works with no network (src/features/offline/worker/sw.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/features/offline/worker',
      filename: 'sw.ts',
      // The page registers the worker itself, after it is up (features/offline).
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // Both prerendered pages, every chunk (the lazy views too), the icons and the manifest.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The import worker and pinyin are large but still part of working offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      manifest: {
        id: './',
        name: 'Route Atlas · 路线图鉴',
        short_name: 'Route Atlas',
        description: 'Compare technology routes of AI trends side by side, in Chinese or English.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    modulePreload: {
      // The loader of the UI strings picks one locale's chunk at run time, but the bundler gives
      // both of its imports one preload list: a Chinese visit fetched the English strings too.
      // Each locale chunk is fetched by its own import; no other chunk needs one preloaded.
      resolveDependencies: (_file, dependencies) => dependencies.filter((file) => !LOCALE_CHUNK.test(file)),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // i18next, the page's i18n setup and the locale list are read by the first view and by
            // lazy parts (the importer folds names with the locale module): one chunk, not a split
            // that costs the first view a second request and its gzip overhead. The entry imports
            // it too (the language choice and the strings' loader), so the reading language's
            // strings start loading beside `boot`. Not `bundled-strings`: it holds both locales'
            // strings, and the group would take them in with it (a group takes a module's imports).
            // What the entry reads to choose the language and start loading the strings: kept out
            // of the group below, which would take it in with the modules that import it, and with
            // it i18next into the first view of a page that waits for the reader.
            {
              name: 'locale',
              test: /src[\\/](domain[\\/]locale|lib[\\/]i18n[\\/](detect-locale|ui-strings))\.ts$/,
              priority: 2,
            },
            {
              name: 'i18n',
              priority: 1,
              test: /node_modules[\\/](i18next|react-i18next)[\\/]|src[\\/]lib[\\/]i18n[\\/](?!bundled-strings|detect-locale|ui-strings)/,
            },
          ],
        },
      },
    },
  },
  // The import worker is an ES module like the page (it shares the domain code's chunks).
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/__tests__/**/*.test.{ts,tsx}', 'tests/property/**/*.test.ts'],
    restoreMocks: true,
    // user-event drives real keystrokes through React; on a loaded 2-core machine a test can take seconds.
    testTimeout: 20_000,
  },
});
