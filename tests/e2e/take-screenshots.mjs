// Takes the screenshots of README.md and docs/using.md from the production build: both languages,
// both themes, desktop (1440 px) and phone (390 px) width. Usage: npm run screenshots (serves dist/ itself).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './chromium.mjs';

// SCREENSHOT_PORT moves it when two checkouts take screenshots side by side.
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });

const { base, stop } = await startPreview(PORT);
// Three routes from two trends, GPU as the baseline, the "training stage" weights.
const SHARED_VIEW = 'v=1&sel=gpu,asic,llm-pretraining&base=gpu&w=cost:20,performance:60,flexibility:20';

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
        // The page arrives prerendered and loads its script when a reader shows up (a pointer
        // moving): act only once it is live.
        const live = async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('pointermove')));
          await page.waitForFunction(() => document.documentElement.dataset.interactive === 'true');
        };
        await page.goto(base);
        await live();
        // The table on a wide screen, the cards on a phone: either is the routes list.
        await page.locator('#routes-list').waitFor();
        // Tick two routes so the selection bar shows what is picked.
        const boxes = page.locator('#routes-list').getByRole('checkbox');
        await boxes.nth(0).check();
        await boxes.nth(3).check();
        await page.waitForTimeout(400);
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = `${out}/${device}-${lang}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
        if (device === 'phone') {
          // The routes as cards, from the top of the list.
          await page
            .locator('#routes-list')
            .evaluate((list) => window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY - 8));
          await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-routes.png` });
        }
        await page.evaluate(() => document.getElementById('charts')?.scrollIntoView());
        // The radars load when scrolled near; let them finish their entry animation.
        await page.locator('#charts svg.recharts-surface').first().waitFor();
        await page.waitForTimeout(1800);
        await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-charts.png` });
        // The compare and decide views, opened from a shared link.
        for (const view of ['compare', 'decide']) {
          await page.goto(`${base}?${SHARED_VIEW}&view=${view}`);
          await live();
          await page.getByRole('heading', { level: 1 }).waitFor();
          // Let the radar finish its entry animation.
          await page.waitForTimeout(1800);
          await page.screenshot({
            path: `${out}/${device}-${lang}-${theme}-${view}.png`,
            fullPage: process.argv.includes('--full'),
          });
        }
        // The import dialog reviewing a file with one problem, then My routes with an edited score.
        await page.goto(`${base}?trend=ai-chips`);
        await live();
        await page.locator('#routes-list').waitFor();
        await page.locator('.filters button[aria-haspopup="dialog"]').click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[type=file]').setInputFiles({
          name: lang === 'zh' ? '团队评分.csv' : 'team-scores.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            lang === 'zh'
              ? '名称,趋势,成本,性能,灵活性,优势\r\nGPU,AI 芯片,3,4,5,生态成熟\r\n储能方案,,4,3,2,成本低\r\n氢能方案,,7,3,3,\r\n'
              : 'Name,Trend,Cost,Performance,Flexibility,Strengths\r\nGPU,AI chips,3,4,5,mature ecosystem\r\nEnergy storage,,4,3,2,cheap\r\nHydrogen,,7,3,3,\r\n',
          ),
        });
        await dialog.getByRole('list').waitFor();
        await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-import.png` });
        await dialog.locator('.dialog__actions .button--primary').click();
        await dialog.waitFor({ state: 'hidden' });
        await page.locator('.expand-button').first().click();
        await page.locator('.rationale__actions button').first().click();
        await page.locator('.score-editor select').selectOption('5');
        await page
          .locator('.score-editor textarea')
          .fill(lang === 'zh' ? '我们的集群已有闲置 GPU。' : 'Our cluster already has spare GPUs.');
        await page.locator('.score-editor button[type=submit]').click();
        await page.locator('#routes-list .route-details').scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-my-routes.png` });
        // A comparison of one's own, made from a spreadsheet: the editor's score grid, then its table.
        await page.goto(`${base}?lang=${lang}`);
        await live();
        await page.getByRole('button', { name: lang === 'zh' ? '新建对比' : 'New comparison' }).click();
        const newDialog = page.getByRole('dialog');
        await newDialog.locator('input[type=radio][value=file]').check();
        await newDialog.locator('input[type=file]').setInputFiles({
          name: lang === 'zh' ? '数据库.csv' : 'databases.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            lang === 'zh'
              ? '名称,分组,延迟,生态,团队熟悉度,成本优势,延迟 理由\r\nPostgreSQL,关系型,4,5,5,5,建索引后足够快\r\nMySQL,关系型,4,4,3,5,\r\nDynamoDB,键值,5,3,2,3,单位数毫秒读取\r\n'
              : 'Name,Group,Latency,Ecosystem,Team familiarity,Affordability,Latency reason\r\nPostgreSQL,Relational,4,5,5,5,Fast enough with indexes\r\nMySQL,Relational,4,4,3,5,\r\nDynamoDB,Key-value,5,3,2,3,Single-digit millisecond reads\r\n',
          ),
        });
        await newDialog.getByRole('status').waitFor();
        await newDialog
          .locator('input.field__input')
          .fill(lang === 'zh' ? '订单服务用哪种数据库？' : 'Which database for the order service?');
        await newDialog.locator('.dialog__actions .button--primary').click();
        await page.getByRole('grid').waitFor();
        await page.getByRole('gridcell').first().click();
        await page.getByRole('grid').evaluate((grid) => grid.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-editor.png` });
        await page
          .getByRole('button', { name: lang === 'zh' ? '完成' : 'Done' })
          .first()
          .click();
        await page.locator('#routes-list').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${device}-${lang}-${theme}-comparison.png` });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  stop();
}
