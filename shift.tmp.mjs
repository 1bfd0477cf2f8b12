import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const locale of ['zh-CN', 'en-US']) for (const width of [1440, 390]) {
const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
const page = await context.newPage();
await page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ v: e.value, t: Math.round(e.startTime), input: e.hadRecentInput, src: e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className ?? ''} ${JSON.stringify([Math.round(s.previousRect.y), Math.round(s.previousRect.height), Math.round(s.previousRect.x), Math.round(s.previousRect.width)])}->${JSON.stringify([Math.round(s.currentRect.y), Math.round(s.currentRect.height), Math.round(s.currentRect.x), Math.round(s.currentRect.width)])} ${(s.node?.textContent ?? '').slice(0, 40)}`) }); }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto('http://127.0.0.1:4500/');
await page.waitForTimeout(2500);
console.log(locale, width, JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
await context.close();
}
await browser.close();
