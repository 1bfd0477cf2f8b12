import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const locale of ['en-US', 'zh-CN']) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text().slice(0, 200)}`));
  page.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    window.__shifts = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('http://127.0.0.1:4500/');
  await page.waitForTimeout(2500);
  console.log(locale, await page.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelector('h1')?.textContent, v: window.__violations, cls: window.__shifts, radars: document.querySelectorAll('.recharts-wrapper svg').length })));
  console.log(logs.join('\n'));
  await context.close();
}
await browser.close();
