// Lighthouse on the production build: the first view's speed as Lighthouse scores it, for a phone
// (the default, simulated slow 4G and a 4× slower CPU) and a desktop, in English and in Chinese.
// Printed against the project's goals, never asserted. Alone: node tests/bench/lighthouse-bench.mjs
// [--runs 3] [--profiles mobile-en,desktop-en,mobile-zh,desktop-zh].
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath, freePort, startPreview } from '../e2e/chromium.mjs';

/** The browsers Lighthouse plays: form factor and preferred language. */
export const LIGHTHOUSE_PROFILES = [
  { id: 'mobile-en', preset: 'mobile', locale: 'en-US' },
  { id: 'desktop-en', preset: 'desktop', locale: 'en-US' },
  // The dashboard opens in Chinese for a Chinese-preferring browser: a different first view.
  { id: 'mobile-zh', preset: 'mobile', locale: 'zh-CN' },
  { id: 'desktop-zh', preset: 'desktop', locale: 'zh-CN' },
];

/** The project's goals for the first view, per preset. */
const GOALS = {
  mobile: [
    { label: 'score 100', key: 'score', limit: 100, atLeast: true, unit: '' },
    { label: 'FCP ≤ 1.0 s', key: 'fcpMs', limit: 1000, unit: 'ms' },
    { label: 'LCP ≤ 1.0 s', key: 'lcpMs', limit: 1000, unit: 'ms' },
    { label: 'CLS 0', key: 'cls', limit: 0, unit: '' },
    { label: 'TBT ≤ 50 ms', key: 'tbtMs', limit: 50, unit: 'ms' },
  ],
  desktop: [{ label: 'score 100', key: 'score', limit: 100, atLeast: true, unit: '' }],
};

/**
 * One Lighthouse run (performance category only) of `url` in a freshly launched headless Chromium.
 * A new browser per run means a new, empty profile: no service worker, cache or stored language
 * from an earlier run can serve or steer the page; Lighthouse also clears the origin's storage.
 *
 * @param {string} url the page to load
 * @param {{ preset: 'mobile' | 'desktop', locale: string }} profile
 * @returns {Promise<object>} the run's figures: score, metrics in ms, JS/CSS bytes, JS files, the
 *   language the page chose, Lighthouse's warnings and the audits that failed
 */
export async function runLighthouse(url, { preset, locale }) {
  const languages = `${locale},${locale.split('-')[0]}`;
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // --lang alone does not reach navigator.languages when Chromium ships only the en-US UI
    // (Debian's does); --accept-lang does, and sets the Accept-Language header too.
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new', `--lang=${locale}`, `--accept-lang=${languages}`],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders: { 'Accept-Language': languages },
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id];
    const summary = (type) =>
      audit('resource-summary').details.items.find((item) => item.resourceType === type)?.transferSize ?? 0;
    // The app rewrites the description in the language it chose: evidence the locale took effect.
    const description = result.artifacts.MetaElements?.find((meta) => meta.name === 'description')?.content ?? '';
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcpMs: audit('first-contentful-paint').numericValue,
      lcpMs: audit('largest-contentful-paint').numericValue,
      tbtMs: audit('total-blocking-time').numericValue,
      cls: audit('cumulative-layout-shift').numericValue,
      siMs: audit('speed-index').numericValue,
      jsBytes: summary('script'),
      cssBytes: summary('stylesheet'),
      jsFiles: audit('network-requests')
        .details.items.filter((item) => item.resourceType === 'Script')
        .map((item) => ({ path: new URL(item.url).pathname, bytes: item.transferSize })),
      // The static, bilingual description names the Chinese brand in brackets: not a choice.
      pageLanguage: /\p{Script=Han}/u.test(description.replace(/\(.*?\)/g, '')) ? 'zh' : 'en',
      warnings: lhr.runWarnings,
      // Lighthouse 12.2.3 predates this Chromium: some gatherers fail (their audits say why).
      failedAudits: Object.values(lhr.audits)
        .filter((entry) => entry.scoreDisplayMode === 'error')
        .map((entry) => ({ id: entry.id, reason: entry.errorMessage ?? '?' })),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs Lighthouse `runs` times per profile against `base` and returns, per profile, the median
 * of each figure and the runs themselves.
 *
 * @param {string} base URL of the served production build
 * @param {{ runs?: number, profiles?: typeof LIGHTHOUSE_PROFILES, log?: (line: string) => void }} [options]
 */
export async function benchLighthouse(base, { runs = 3, profiles = LIGHTHOUSE_PROFILES, log = () => {} } = {}) {
  const results = [];
  for (const profile of profiles) {
    const done = [];
    for (let run = 0; run < runs; run += 1) {
      log(`Lighthouse ${profile.id}, run ${run + 1} of ${runs}…`);
      done.push(await runLighthouse(base, profile));
    }
    const figures = {};
    for (const key of ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'siMs', 'jsBytes', 'cssBytes'])
      figures[key] = median(done.map((run) => run[key]));
    results.push({ profile, runs: done, median: figures });
  }
  return results;
}

const pad = (text, width) => `${String(text).padEnd(width - 1)} `;
const seconds = (valueMs) => `${(valueMs / 1000).toFixed(2)} s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function verdict(goal, value) {
  const met = goal.atLeast ? value >= goal.limit : value <= goal.limit;
  if (met) return 'met';
  const by = Math.abs(value - goal.limit);
  const amount =
    goal.unit === 'ms' ? (by >= 1000 ? seconds(by) : `${Math.round(by)} ms`) : by.toFixed(goal.key === 'cls' ? 3 : 0);
  return `missed by ${amount}`;
}

/**
 * Prints the medians as a table, each goal as met or missed by how much, and the JS files each
 * profile's first view loaded.
 *
 * @param {Awaited<ReturnType<typeof benchLighthouse>>} results
 */
export function printLighthouse(results) {
  const runs = results[0]?.runs.length ?? 0;
  console.log(`\nLighthouse 12.2.3 on the production build (vite preview, gzip), median of ${runs} run(s) each`);
  console.log(
    `${pad('profile', 13)}${pad('score', 7)}${pad('FCP', 9)}${pad('LCP', 9)}${pad('TBT', 9)}${pad('CLS', 7)}` +
      `${pad('SI', 9)}${pad('JS (gzip)', 11)}${pad('CSS (gzip)', 11)}page language`,
  );
  for (const { profile, runs: done, median: m } of results) {
    console.log(
      `${pad(profile.id, 13)}${pad(m.score, 7)}${pad(seconds(m.fcpMs), 9)}${pad(seconds(m.lcpMs), 9)}` +
        `${pad(`${Math.round(m.tbtMs)} ms`, 9)}${pad(m.cls.toFixed(3), 7)}${pad(seconds(m.siMs), 9)}` +
        `${pad(kb(m.jsBytes), 11)}${pad(kb(m.cssBytes), 11)}${done.map((run) => run.pageLanguage).join('/')}`,
    );
  }
  console.log(
    'scores per run: ' + results.map((r) => `${r.profile.id} ${r.runs.map((run) => run.score).join('/')}`).join(', '),
  );

  console.log('\nGoals (medians)');
  for (const { profile, median: m } of results) {
    const line = GOALS[profile.preset].map((goal) => `${goal.label}: ${verdict(goal, m[goal.key])}`).join('; ');
    console.log(`${pad(profile.id, 13)}${line}`);
  }

  console.log('\nJS files the first view loaded (transferred, gzip; first run)');
  for (const { profile, runs: done } of results) {
    const files = done[0].jsFiles.map((file) => `${file.path} ${kb(file.bytes)}`).join(', ');
    // Code splitting can make runs differ (a chunk fetched before or after the load settles).
    const differ = done.some(
      (run) => run.jsFiles.map((f) => f.path).join() !== done[0].jsFiles.map((f) => f.path).join(),
    );
    console.log(`${pad(profile.id, 13)}${files}${differ ? '  (other runs loaded a different set)' : ''}`);
  }
  const warnings = [...new Set(results.flatMap((r) => r.runs.flatMap((run) => run.warnings)))];
  for (const warning of warnings) console.log(`Lighthouse warning: ${warning}`);
  const failed = results.flatMap((r) => r.runs.flatMap((run) => run.failedAudits));
  if (failed.length > 0) {
    console.log(`Audits that failed (none of the figures above): ${[...new Set(failed.map((f) => f.id))].join(', ')}`);
    for (const reason of new Set(failed.map((f) => f.reason))) console.log(`  because: ${reason}`);
  }
}

/** Options from the command line: `--runs N`, `--profiles a,b`. */
export function lighthouseOptions(argv) {
  const value = (name) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const runs = Number(value('--runs') ?? process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  const wanted = value('--profiles')?.split(',');
  const profiles = wanted ? LIGHTHOUSE_PROFILES.filter((profile) => wanted.includes(profile.id)) : LIGHTHOUSE_PROFILES;
  return { runs, profiles };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = await startPreview(await freePort());
  try {
    printLighthouse(await benchLighthouse(app.base, { ...lighthouseOptions(process.argv), log: console.error }));
  } finally {
    app.stop();
  }
}
