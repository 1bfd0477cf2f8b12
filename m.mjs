import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, l] of [
  [1440, 'en-US'],
  [1440, 'zh-CN'],
  [1280, 'en-US'],
  [1024, 'en-US'],
]) {
  const c = await b.newContext({ viewport: { width: w, height: 900 }, locale: l });
  const p = await c.newPage();
  await p.goto('http://127.0.0.1:4318/');
  console.log(
    w,
    l,
    await p.evaluate(() => {
      const t = document.querySelector('table');
      return [t.scrollWidth, t.parentElement.clientWidth];
    }),
  );
}
await b.close();
