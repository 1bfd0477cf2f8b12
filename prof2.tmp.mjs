import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ locale: 'en-US', viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4500/');
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
let t = profile.startTime; const samples = [];
for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; samples.push([t, byId.get(profile.samples[i])]); }
// busy runs: consecutive samples not idle
const runs = []; let cur = null;
for (const [ts, n] of samples) { const idle = n.callFrame.functionName === '(idle)'; if (!idle) { if (!cur) cur = { start: ts, end: ts, samples: [] }; cur.end = ts; cur.samples.push(n); } else if (cur) { runs.push(cur); cur = null; } }
if (cur) runs.push(cur);
runs.sort((a, b) => (b.end - b.start) - (a.end - a.start));
for (const run of runs.slice(0, 4)) {
  console.log('RUN', ((run.end - run.start) / 1000).toFixed(1), 'ms at', ((run.start - profile.startTime) / 1000).toFixed(0));
  const agg = new Map();
  for (const n of run.samples) { const chain = []; let id = n.id; while (id !== undefined) { chain.unshift(byId.get(id)); id = parent.get(id); } const key = chain.slice(1, 6).map(name).join(' > '); agg.set(key, (agg.get(key) || 0) + 1); }
  for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log('  ', v, k.slice(0, 300));
}
await browser.close();
