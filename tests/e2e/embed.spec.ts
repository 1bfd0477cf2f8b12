import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

// A host page (a wiki, a slide) on another origin of this machine: `localhost` frames the app's
// `127.0.0.1`. Served for real, not by `page.setContent`: an about:blank host has no origin that a
// `frame-ancestors` source list can allow, and Chromium refuses a public origin framing a local one.
let host: Server;
let hostBase = '';

test.beforeAll(async () => {
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const src = (url.searchParams.get('src') ?? '').replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const width = Number(url.searchParams.get('width') ?? 400);
    const height = Number(url.searchParams.get('height') ?? 300);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    // `data-interactive`: the fixtures' navigation waits for a live page; this one has no script.
    response.end(
      `<!doctype html><html lang="en" data-interactive="true"><title>Wiki</title><body>` +
        `<iframe src="${src}" width="${width}" height="${height}" title="Route Atlas"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostBase = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** Opens the host page with the app's `query` in a `width` × `height` iframe; returns the frame. */
async function embed(page: Page, baseURL: string | undefined, query: string, width = 400, height = 300) {
  const src = new URL(query, baseURL).toString();
  await page.goto(`${hostBase}?width=${width}&height=${height}&src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.embed-frame')).toBeVisible();
  const handle = page.frames().find((item) => item !== page.mainFrame());
  if (!handle) throw new Error('the host page has no frame');
  return { frame, handle };
}

/** The frame's document size against its viewport: a radar embed never scrolls. */
const scrollSizes = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
    };
  });

test("a 400 × 300 frame shows one trend's radar, whole, with no scrollbars", async ({ page, baseURL }) => {
  const { frame, handle } = await embed(page, baseURL, '?embed=radar&trend=ai-chips');
  await expect(frame.locator('figure.radar')).toHaveCount(1);
  await expect(frame.locator('svg.recharts-surface')).toHaveCount(1);
  await expect(frame.getByRole('figure')).toHaveAccessibleName(/^AI chips: each route’s score \(1–5\) per criterion/);
  await expect(frame.locator('.legend__item')).toHaveText(['GPU', 'ASIC', 'FPGA']);
  // No site header, nav or footer in a frame.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  const size = await scrollSizes(handle);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);
  // The chart sits inside the frame, and uses a fair part of it.
  const chart = await frame.locator('svg.recharts-surface').boundingBox();
  const frameBox = await page.locator('iframe').boundingBox();
  expect(chart && frameBox).toBeTruthy();
  expect(chart!.x).toBeGreaterThanOrEqual(frameBox!.x);
  expect(chart!.y).toBeGreaterThanOrEqual(frameBox!.y);
  expect(chart!.x + chart!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width);
  expect(chart!.y + chart!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height);
  expect(chart!.height).toBeGreaterThan(150);
});

test('a 300 × 200 frame still fits the radar; a table longer than its frame scrolls inside it', async ({
  page,
  baseURL,
}) => {
  const radar = await embed(page, baseURL, '?embed=radar&trend=generative-ai', 300, 200);
  await expect(radar.frame.locator('svg.recharts-surface')).toHaveCount(1);
  let size = await scrollSizes(radar.handle);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);

  const table = await embed(page, baseURL, '?embed=table', 300, 200);
  await expect(table.frame.locator('tbody tr[data-route-id]')).toHaveCount(9);
  size = await scrollSizes(table.handle);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);
  const box = table.frame.getByRole('region', { name: 'Routes table' });
  expect(await box.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
});

test('the table in Chinese, sorted as the link says, with no picking', async ({ page, baseURL }) => {
  const { frame } = await embed(page, baseURL, '?embed=table&lang=zh&trend=ai-chips&sort=cost.desc', 900, 500);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const rows = frame.locator('tbody tr[data-route-id]');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-route-id')))).toEqual([
    'asic',
    'fpga',
    'gpu',
  ]);
  await expect(frame.getByRole('columnheader', { name: /成本优势/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(frame.getByRole('checkbox')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /在路线图鉴中打开/ })).toBeVisible();
});

test.describe('in a dark host', () => {
  test.use({ colorScheme: 'dark' });

  test("follows the host's colour scheme, not the theme stored by the full page", async ({ page, baseURL }) => {
    await page.goto('./');
    await page.evaluate(() => window.localStorage.setItem('route-atlas.theme', 'light'));
    await page.goto('./?embed=decide&sel=gpu,asic,fpga');
    await expect(page.locator('.rank')).toHaveCount(3);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // --surface in dark: #161d27.
    expect(await background()).toBe('rgb(22, 29, 39)');
    const framed = await embed(page, baseURL, '?embed=radar&trend=multimodal-learning');
    await expect(framed.frame.locator('svg.recharts-surface')).toHaveCount(1);
    expect(await framed.handle.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 29, 39)');
  });
});

test('links back to the full view in a new tab', async ({ page, baseURL, context }) => {
  const { frame, handle } = await embed(
    page,
    baseURL,
    '?embed=decide&lang=en&trend=ai-chips&w=cost:60,performance:20,flexibility:20',
  );
  await expect(frame.locator('.rank')).toHaveCount(3);
  await expect(frame.locator('.rank').first()).toHaveAttribute('data-route-id', 'asic');
  const link = frame.getByRole('link', { name: 'Open in Route Atlas (opens in a new tab)' });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(href.searchParams.has('embed')).toBe(false);
  expect(href.searchParams.get('w')).toBe('cost:60,performance:20,flexibility:20');
  // A ranking's full view is Decide.
  expect(href.searchParams.get('view')).toBe('decide');
  expect(new URL(handle.url()).searchParams.get('embed')).toBe('decide');
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  await expect(full.getByRole('banner')).toBeVisible();
  await expect(full.getByRole('heading', { level: 1, name: 'Decide' })).toBeVisible();
});

/** A small comparison of one's own, as Copy link carries it: `#c1.` and the JSON deflated in base64url. */
async function comparisonFragment(page: Page): Promise<string> {
  const comparison = {
    kind: 'user',
    id: 'c-databases',
    title: { en: 'Which database?' },
    introduction: {},
    criteria: ['Latency', 'Ecosystem'].map((label) => ({
      id: label.toLowerCase(),
      label: { en: label },
      definition: {},
      scale: { low: { en: 'Poor' }, high: { en: 'Great' } },
    })),
    trends: [{ id: 'sql', name: { en: 'SQL' } }],
    tags: [],
    routes: ['PostgreSQL', 'MySQL', 'SQLite'].map((name, index) => ({
      id: name.toLowerCase(),
      trendId: 'sql',
      name: { en: name },
      strengths: [],
      weaknesses: [],
      tags: [],
      examples: [],
      scores: { latency: { value: 3 + index, cites: [] }, ecosystem: { value: 5 - index, cites: [] } },
    })),
    presets: [],
  };
  return page.evaluate(async (json) => {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const base64 = btoa(String.fromCharCode(...bytes));
    return `c1.${base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
  }, JSON.stringify(comparison));
}

test('a comparison carried in the fragment shows at once in the frame, stored nowhere', async ({ page, baseURL }) => {
  await page.goto(hostBase);
  const fragment = await comparisonFragment(page);
  const { frame, handle } = await embed(page, baseURL, `?embed=radar&ed=c-databases#${fragment}`);
  await expect(frame.locator('.legend__item')).toHaveText(['PostgreSQL', 'MySQL', 'SQLite']);
  await expect(frame.getByRole('button', { name: 'Keep a copy' })).toHaveCount(0);
  // Nothing kept, nothing taken from the address: the link shows the same on every visit.
  expect(new URL(handle.url()).hash).toBe(`#${fragment}`);
});

test('a data file a link names (`src`) shows in the frame', async ({ page, baseURL }) => {
  await page.route('https://data.example.test/databases.csv', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/csv',
      body: 'Name,Latency,Cost\r\nPostgreSQL,4,4\r\nSQLite,5,5\r\n',
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  const src = encodeURIComponent('https://data.example.test/databases.csv');
  const { frame } = await embed(page, baseURL, `?embed=table&src=${src}`);
  await expect(frame.locator('tbody tr[data-route-id]')).toHaveCount(2);
  await expect(frame.getByRole('button', { name: 'Keep a copy' })).toHaveCount(0);
});

test('an unknown part or trend says so in the frame, with the link back', async ({ page, baseURL }) => {
  let framed = await embed(page, baseURL, '?embed=chart');
  await expect(framed.frame.getByRole('alert')).toHaveText(/“chart” is not a part Route Atlas can embed/);
  await expect(framed.frame.getByRole('link', { name: /Open in Route Atlas/ })).toBeVisible();
  framed = await embed(page, baseURL, '?embed=radar&trend=quantum&lang=zh');
  await expect(framed.frame.getByRole('alert')).toHaveText(/此版本没有这个趋势/);
});

test.describe('framing', () => {
  // The browser reports the refused frame as a console error: that refusal is the point here.
  test.use({ allowedConsole: [/frame-ancestors/] });

  test('only an embed may be framed: the full page is refused in a frame', async ({ page, baseURL, request }) => {
    const full = await request.get('./?lang=en');
    expect(full.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    const embedded = await request.get('./?embed=table');
    expect(embedded.headers()['content-security-policy']).toBe('frame-ancestors *');
    // Any other address the preview answers with the full page is refused too.
    const elsewhere = await request.get('./anything?lang=en&view=decide');
    expect(elsewhere.headers()['content-security-policy']).toBe("frame-ancestors 'none'");

    const src = new URL('./?lang=en&view=decide', baseURL).toString();
    const refused = page.waitForEvent('requestfailed');
    await page.goto(`${hostBase}?src=${encodeURIComponent(src)}`);
    expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
  });
});

test("the full page never loads the embed's code", async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('./?view=decide');
  await expect(page.getByRole('heading', { level: 1, name: 'Decide' })).toBeVisible();
  expect(scripts.some((url) => url.includes('boot'))).toBe(true);
  expect(scripts.filter((url) => url.includes('embed'))).toEqual([]);
});

test('an embed passes axe', async ({ page }) => {
  for (const query of ['?embed=radar&trend=ai-chips', '?embed=table&lang=zh', '?embed=decide&sel=gpu,asic']) {
    await page.goto(`./${query}`);
    await expect(page.locator('.embed-frame__part > :not(h1)').first()).toBeVisible();
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (violation) => `${query} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
