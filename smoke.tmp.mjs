import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h, lang, scheme] of [[1440, 900, 'en', 'light'], [390, 844, 'zh', 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:4710/?lang=${lang}`);
  await page.waitForFunction(() => document.documentElement.dataset.interactive === 'true');
  await page.screenshot({ path: `/tmp/s-home-${lang}-${w}.png` });
  await page.getByRole('button', { name: lang === 'en' ? 'New comparison' : '新建对比' }).first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/s-dialog-${lang}-${w}.png` });
  await page.keyboard.type(lang === 'en' ? 'Which database?' : '用哪种数据库？');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/s-editor-${lang}-${w}.png`, fullPage: true });
  console.log(page.url(), errors);
  await page.close();
}
await browser.close();
