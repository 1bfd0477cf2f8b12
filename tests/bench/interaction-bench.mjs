// Interaction to next paint in the dashboard holding N generated routes (default 10 000), on the
// production build of the test harness: the language switch and each kind of filter, driven with
// real (trusted) input and timed by the browser's Event Timing API, as INP is. Printed against the
// 100 ms goal, never asserted. Alone: node tests/bench/interaction-bench.mjs [--routes 10000] [--rounds 3]
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, freePort, startPreview } from '../e2e/chromium.mjs';

/** The goal for every interaction: the next paint within 100 ms of the input. */
export const INTERACTION_GOAL_MS = 100;

/** Chromium reports no Event Timing entry shorter than this (the API's floor). */
const THRESHOLD_MS = 16;

/** Installed in the page before anything is timed. */
function observeEvents() {
  window.benchEvents = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.benchEvents.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
        interactionId: entry.interactionId,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * Arms a watch on the table body before an input: resolves with the time of the first paint after
 * the table's DOM changed (a task queued from the next animation frame runs after that frame is
 * painted), or NaN when nothing changed within `timeoutMs`.
 */
function armPaintWatch(timeoutMs) {
  window.benchMark = performance.now();
  window.benchPainted = new Promise((resolve) => {
    const body = document.querySelector('.routes-table tbody');
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(Number.NaN);
    }, timeoutMs);
  });
}

/** Collects the timed input's Event Timing entries once the browser has delivered them. */
async function collectEntries() {
  const painted = await window.benchPainted;
  const since = (entry) => entry.start >= window.benchMark && entry.interactionId > 0;
  // Entries arrive after the paint they end at; give the observer a few frames to deliver them.
  for (let frame = 0; frame < 30 && !window.benchEvents.some(since); frame += 1)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
  return { mark: window.benchMark, painted, entries: window.benchEvents.filter(since) };
}

/**
 * Times one input: `act` performs it with Playwright's trusted input. Returns the interaction's
 * Event Timing duration (input → next paint, the largest of its events; `belowThreshold` when the
 * browser reported nothing, i.e. under 16 ms), its input delay / processing / presentation split,
 * and the time from the input to the first paint showing the table changed (NaN when it did not).
 */
async function timeInput(page, act, { changeTimeoutMs = 5000 } = {}) {
  await page.evaluate(armPaintWatch, changeTimeoutMs);
  await act();
  const { mark, painted, entries } = await page.evaluate(collectEntries);
  if (entries.length === 0)
    return { durationMs: THRESHOLD_MS, belowThreshold: true, tableMs: painted - mark, split: undefined };
  const longest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
  const inputStart = Math.min(...entries.map((entry) => entry.start));
  return {
    durationMs: longest.duration,
    belowThreshold: false,
    tableMs: painted - inputStart,
    split: {
      inputDelayMs: longest.processingStart - longest.start,
      processingMs: longest.processingEnd - longest.processingStart,
      presentationMs: longest.start + longest.duration - longest.processingEnd,
    },
  };
}

/**
 * Opens the harness dashboard with `routes` generated routes in a new page of `browser` and times,
 * `rounds` times each: the language switch (en → zh, zh → en), the trend facet, the tag facet, a
 * score range step, each keystroke of typing a search, and "Reset all".
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base URL of the served harness build
 * @param {{ routes?: number, rounds?: number }} [options]
 * @returns {Promise<{ routes: number, rounds: number, loadMs: number, steps: { label: string, samples: object[] }[] }>}
 */
export async function benchInteractions(browser, base, { routes = 10_000, rounds = 3 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  try {
    await page.addInitScript(observeEvents);
    const loadStart = Date.now();
    await page.goto(`${base}?case=dashboard&routes=${routes}&lng=en`);
    await page.locator('tbody tr[data-route-id]').first().waitFor({ timeout: 600_000 });
    const loadMs = Date.now() - loadStart;
    // Search keys and the charts' chunk load after the first rows; timing on top of them would
    // measure the warm-up, not the interaction.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);

    const samples = new Map();
    const record = (label, sample) => samples.set(label, [...(samples.get(label) ?? []), sample]);
    const click = (locator) => () => locator.click();
    const languageButton = (name) => page.getByRole('button', { name, exact: true });

    // Opening the ranges menu is setup, not one of the timed interactions.
    await page.locator('summary', { hasText: 'Score ranges' }).click();
    for (let round = 0; round < rounds; round += 1) {
      record('language switch en → zh', await timeInput(page, click(languageButton('中文'))));
      record('language switch zh → en', await timeInput(page, click(languageButton('English'))));
      record('trend facet: AI chips', await timeInput(page, click(page.locator('button[data-trend="ai-chips"]'))));
      record('tag facet: Edge', await timeInput(page, click(page.locator('.filters .toggle', { hasText: /^Edge/ }))));
      const thumb = page.locator('.range-row [role="slider"]').first();
      await thumb.focus();
      record('score range: cost +1 (arrow key)', await timeInput(page, () => page.keyboard.press('ArrowRight')));
      const search = page.locator('input[type="search"]');
      await search.focus();
      // A keystroke that leaves the visible rows as they were has no table paint to wait for.
      for (const key of 'Route 12')
        record(
          'search typing (“Route 12”), per keystroke',
          await timeInput(page, () => page.keyboard.press(key), { changeTimeoutMs: 1000 }),
        );
      record('reset all filters', await timeInput(page, click(page.getByRole('button', { name: 'Reset all' }))));
      await page.waitForTimeout(500);
    }
    return { routes, rounds, loadMs, steps: [...samples].map(([label, list]) => ({ label, samples: list })) };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const pad = (text, width) => `${String(text).padEnd(width - 1)} `;
const ms = (value) => (Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);

/**
 * Prints, per interaction, the median and worst Event Timing duration against the 100 ms goal,
 * the median split of the worst sample, and the time until the table's change was painted.
 *
 * @param {Awaited<ReturnType<typeof benchInteractions>>} result
 */
export function printInteractions({ routes, rounds, loadMs, steps }) {
  console.log(
    `\nInteraction to next paint, ${routes.toLocaleString('en')} generated routes (harness production build, ` +
      `Chromium, 1440 × 900; Event Timing API, ${rounds} round(s))`,
  );
  console.log(`open the page → first rows: ${ms(loadMs)}`);
  console.log(
    `${pad('interaction', 44)}${pad('median', 9)}${pad('worst', 9)}${pad('delay/handlers/after', 22)}` +
      `${pad('table drawn', 12)}goal: median ≤ ${INTERACTION_GOAL_MS} ms`,
  );
  for (const { label, samples } of steps) {
    const durations = samples.map((sample) => sample.durationMs);
    const mid = median(durations);
    const worst = samples.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    const below = (value) => (samples.every((sample) => sample.belowThreshold) ? `<${THRESHOLD_MS} ms` : ms(value));
    const split = worst.split
      ? `${Math.round(worst.split.inputDelayMs)}/${Math.round(worst.split.processingMs)}/${Math.round(worst.split.presentationMs)}`
      : '—';
    const verdict = mid <= INTERACTION_GOAL_MS ? 'met' : `missed by ${Math.round(mid - INTERACTION_GOAL_MS)} ms`;
    console.log(
      `${pad(label, 44)}${pad(below(mid), 9)}${pad(below(worst.durationMs), 9)}${pad(split, 22)}` +
        `${pad(ms(median(samples.map((sample) => sample.tableMs))), 12)}${verdict}`,
    );
  }
  console.log('median/worst: Event Timing duration, input → next paint (8 ms resolution), as INP counts it;');
  console.log('delay/handlers/after: the worst sample split into input delay, event handlers, and what followed them');
  console.log('until the paint (React rendering they scheduled, style, layout, paint);');
  console.log('table drawn: input → first paint after the table body changed (— when a keystroke left it as it was).');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const value = (name) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : Number(process.argv[index + 1]);
  };
  const build = spawnSync('npx', ['vite', 'build', '--config', 'tests/harness/vite.config.ts', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const harness = await startPreview(await freePort(), 'tests/harness/vite.config.ts');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    printInteractions(
      await benchInteractions(browser, harness.base, { routes: value('--routes'), rounds: value('--rounds') }),
    );
  } finally {
    await browser.close();
    harness.stop();
  }
}
