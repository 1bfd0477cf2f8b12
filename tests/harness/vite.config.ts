import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The test harness: a production build of small pages that mount the dashboard's own components
 * on generated or edge-case data (100 000 routes, 16-character axis labels, a chart in a hidden
 * tab) for the browser tests and `npm run bench`. Never deployed.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { target: 'es2022', outDir: path.resolve(import.meta.dirname, '../../dist-harness'), emptyOutDir: true },
});
