/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { validateDataDir } from './src/lib/validate-data-dir.ts';
import { contentSecurityPolicy, prerenderFirstView, serveLocalePage } from './src/build/html-plugins.ts';

const dataDir = path.resolve(import.meta.dirname, 'data');

/** Fails the build (and reports in dev) when any file in data/ breaks the edition schema. */
function validateData(): Plugin {
  return {
    name: 'route-atlas:validate-data',
    buildStart() {
      const problems = validateDataDir(dataDir);
      if (problems.length > 0) {
        this.error(
          `Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`,
        );
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs let dist/ be served from any sub-path; override with --base when needed.
  base: './',
  plugins: [react(), validateData(), contentSecurityPolicy(), prerenderFirstView(), serveLocalePage()],
  build: { target: 'es2022' },
  // The import worker is an ES module like the page (it shares the domain code's chunks).
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    restoreMocks: true,
    // user-event drives real keystrokes through React; on a loaded 2-core machine a test can take seconds.
    testTimeout: 20_000,
  },
});
