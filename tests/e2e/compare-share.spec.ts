import type { Page } from '@playwright/test';
import { expect, revealCharts, test } from './fixtures';

const routeRows = (page: Page) => page.locator('table tbody tr[data-route-id]');
const rowIds = (page: Page) =>
  routeRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-route-id')));
const rankIds = (page: Page) =>
  page.locator('.ranking > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-route-id')));
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

test('full journey: pick across trends, set a baseline, apply a preset, share, reopen in the other language', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(routeRows(page)).toHaveCount(9);
  for (const name of ['GPU', 'ASIC', 'Large-model pretraining']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await page.getByRole('button', { name: 'Compare 3 routes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare routes' })).toBeFocused();
  await expect(page.getByRole('note')).toContainText('Scores compare routes within a trend');
  await page.getByRole('button', { name: 'What I use today: GPU' }).click();
  const scores = page.getByRole('table', { name: /Scores side by side/ });
  // ASIC against GPU: flexibility 1 vs 5.
  await expect(scores.getByRole('row', { name: /^Flexibility/ })).toContainText('\u22124');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decide' }).click();
  await page.getByRole('button', { name: 'Training stage' }).click();
  // Picks of two trends rank trend by trend (generative AI, then AI chips): 20 / 60 / 20 puts ASIC
  // (0.6 + 3 + 0.2 = 3.8) ahead of GPU (0.2 + 2.4 + 1 = 3.6); pretraining ranks alone.
  await expect.poll(() => rankIds(page)).toEqual(['llm-pretraining', 'asic', 'gpu']);
  await expect(page.locator('.ranking > li[data-route-id="asic"]')).toContainText('Ranks 1st with 3.80');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(Object.fromEntries(new URL(link).searchParams)).toEqual({
    v: '1',
    lang: 'en',
    view: 'compare',
    sel: 'gpu,asic,llm-pretraining',
    base: 'gpu',
    w: 'cost:20,performance:60,flexibility:20',
  });

  // A fresh browser (no storage, a Chinese-preferring one) opens exactly that view.
  const fresh = await browser.newContext({ locale: 'zh-CN' });
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: 'Compare routes' })).toBeVisible();
    await expect(other.getByRole('button', { name: 'What I use today: GPU' })).toHaveAttribute('aria-pressed', 'true');
    await expect(
      other.getByRole('table', { name: /Scores side by side/ }).getByRole('row', { name: /^Overall/ }),
    ).toContainText('3.8');
    await other.getByRole('button', { name: '中文' }).click();
    await expect(other.getByRole('heading', { level: 1, name: '比较路线' })).toBeVisible();
    await expect(other.getByRole('button', { name: '当前在用：GPU' })).toHaveAttribute('aria-pressed', 'true');
    await other.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '决策' }).click();
    await expect(other.getByRole('button', { name: '训练阶段' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => rankIds(other)).toEqual(['llm-pretraining', 'asic', 'gpu']);
    await expect(other.locator('.ranking > li[data-route-id="asic"]')).toContainText('以 3.80 排第 1 名');
    expect(Object.fromEntries(new URL(other.url()).searchParams)).toMatchObject({ lang: 'zh', view: 'decide' });
  } finally {
    await fresh.close();
  }
});

test('back and forward step through sort, filter and view changes', async ({ page }) => {
  await page.goto('./');
  await expect(routeRows(page)).toHaveCount(9);
  const performance = page.getByRole('columnheader', { name: /^Performance/ });
  await performance.getByRole('button').click();
  await page.getByRole('button', { name: 'AI chips: 3 routes if selected' }).click();
  await expect.poll(() => params(page)).toEqual({ v: '1', sort: 'performance.asc', trend: 'ai-chips' });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decide' })).toBeVisible();

  await page.goBack();
  await expect(routeRows(page)).toHaveCount(3);
  await page.goBack();
  await expect(routeRows(page)).toHaveCount(9);
  await expect(performance).toHaveAttribute('aria-sort', 'ascending');
  await page.goBack();
  await expect(performance).not.toHaveAttribute('aria-sort');
  await page.goForward();
  await page.goForward();
  await expect(performance).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => rowIds(page)).toEqual(['fpga', 'gpu', 'asic']);
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('case 2: switching 中文 → English changes every text at once and only lang in the URL', async ({ page }) => {
    await page.goto('./');
    await expect(routeRows(page)).toHaveCount(9);
    const cost = page.getByRole('columnheader', { name: /^成本优势/ });
    await cost.getByRole('button').click();
    await cost.getByRole('button').click();
    await page.getByRole('button', { name: 'AI 芯片：选中后显示 3 条路线' }).click();
    await expect.poll(() => rowIds(page)).toEqual(['asic', 'fpga', 'gpu']);
    await revealCharts(page);
    const chips = page.getByRole('figure', { name: /^AI 芯片/ });
    await chips.scrollIntoViewIfNeeded();
    await expect(chips.locator('.radar-axis-label title').first()).toHaveText('成本优势');
    await page.getByRole('searchbox', { name: '搜索技术路线' }).fill('没有这种路线');
    await expect(page.getByText('没有符合筛选条件的路线。')).toBeVisible();
    await expect.poll(() => params(page).q).toBe('没有这种路线');
    const before = params(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('columnheader', { name: /^Cost advantage/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByText('No route matches these filters.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'AI chips: 0 routes if cleared' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect.poll(() => params(page)).toEqual({ ...before, lang: 'en' });

    // Clearing the search brings the AI-chips radar back, labelled in English, once in view.
    await page.getByRole('searchbox', { name: 'Search routes' }).press('Escape');
    const english = page.getByRole('figure', { name: /^AI chips/ });
    await english.scrollIntoViewIfNeeded();
    await expect(english.locator('.radar-axis-label title').first()).toHaveText('Cost advantage');

    // The tooltip speaks English too.
    const surface = english.locator('svg.recharts-surface');
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.4);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height * 0.35);
    await expect(english.locator('.chart-tooltip__title')).toHaveText('Cost advantage');
  });

  test('an old link without a version is migrated and applied', async ({ page }) => {
    await page.goto('./?sort=cost.desc&lang=zh');
    await expect(page.getByRole('columnheader', { name: /^成本优势/ })).toHaveAttribute('aria-sort', 'descending');
    expect(params(page)).toEqual({ v: '1', sort: 'cost.desc', lang: 'zh' });
  });
});

test('a hand-edited link keeps its good parts and says what was dropped', async ({ page }) => {
  await page.goto('./?lang=fr&sel=gpu,quantum,asic&w=cost:abc&sort=price.desc,performance.desc&view=compare');
  const notice = page.locator('.url-notice');
  await expect(notice).toContainText('4 parts of this link could not be used');
  await expect(notice.getByRole('listitem')).toHaveText([
    'lang=fr — not a language of this dashboard (zh or en)',
    'sort=price.desc — no column with this id',
    'sel=quantum — no route with this id',
    'w=cost:abc — weights look like cost:50,performance:30,flexibility:20',
  ]);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare routes' })).toBeVisible();
  await expect.poll(() => params(page)).toEqual({ v: '1', view: 'compare', sort: 'performance.desc', sel: 'gpu,asic' });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
