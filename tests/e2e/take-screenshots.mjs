// Takes the README's screenshots of the production build: both languages, both themes,
// desktop (1440 px) and phone (390 px) width. Usage: npm run screenshots (serves dist/ itself).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './chromium.mjs';

const PORT = 4174;
const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });

const { base, stop } = await startPreview(PORT);
// Three routes from two trends, GPU as the baseline, the "training at scale" weights.
const SHARED_VIEW = 'v=1&sel=gpu,asic,llm-pretraining&base=gpu&w=cost:10,performance:60,flexibility:30';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const lang of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      for (const [device, width] of [
        ['desktop', 1440],
        ['phone', 390],
      ]) {
        const context = await browser.newContext({
          viewport: { width, height: device === 'phone' ? 844 : 900 },
          deviceScaleFactor: 1,
          colorScheme: theme,
          locale: lang === 'zh' ? 'zh-CN' : 'en-US',
        });
        const page = await context.newPage();
        await page.goto(base);
        await page.getByRole('table').waitFor();
        // Tick two routes so the selection bar shows what is picked.
        const boxes = page.getByRole('checkbox');
        await boxes.nth(0).check();
        await boxes.nth(3).check();
        await page.waitForTimeout(400);
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = `${out}/${device}-${lang}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
        await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-charts.png` });
        // The compare and decide views, opened from a shared link.
        for (const view of ['compare', 'decide']) {
          await page.goto(`${base}?${SHARED_VIEW}&view=${view}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          // Let the radar finish its entry animation.
          await page.waitForTimeout(1800);
          await page.screenshot({
            path: `${out}/${device}-${lang}-${theme}-${view}.png`,
            fullPage: process.argv.includes('--full'),
          });
        }
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  stop();
}
