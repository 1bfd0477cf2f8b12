import type { Page } from '@playwright/test';
import { expect, revealCharts, test } from './fixtures';

const routeRows = (page: Page) => page.locator('table tbody tr[data-route-id]');
const rowIds = (page: Page) =>
  routeRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-route-id')));

test.describe('first visit', () => {
  test('an English browser gets the English dashboard with all nine routes', async ({ page }) => {
    await page.goto('./');
    await expect(routeRows(page)).toHaveCount(9);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Route Atlas · Three major AI trends of 2024');
    await expect(page.getByRole('table')).toContainText('Graphics processing unit');
  });

  test.describe('in a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('gets Chinese, and a switch to English survives a reload', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024 年人工智能领域的三大发展趋势分析');
      await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('columnheader', { name: /^Cost advantage/ })).toBeVisible();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveTitle('Route Atlas · Three major AI trends of 2024');
    });
  });
});

test('sort, filter and search work together and survive a language switch', async ({ page }) => {
  await page.goto('./');
  const performance = page.getByRole('columnheader', { name: /^Performance/ });
  await performance.getByRole('button').click();
  await performance.getByRole('button').click();
  await expect(performance).toHaveAttribute('aria-sort', 'descending');
  await expect
    .poll(async () => (await rowIds(page)).slice(0, 4))
    .toEqual(['task-fine-tuning', 'asic', 'cross-modal-transformer', 'domain-specific-multimodal']);

  await page
    .getByRole('group', { name: 'Trend' })
    .getByRole('button', { name: 'AI chips: 3 routes if selected' })
    .click();
  await expect.poll(() => rowIds(page)).toEqual(['asic', 'gpu', 'fpga']);

  await page.getByRole('group', { name: 'Trend' }).getByRole('button', { name: 'All: 9 routes if selected' }).click();
  await page.getByRole('searchbox', { name: 'Search routes' }).fill('显卡');
  await expect.poll(() => rowIds(page)).toEqual(['gpu']);
  await page.getByRole('searchbox', { name: 'Search routes' }).fill('zero-shot');
  await expect.poll(() => rowIds(page)).toEqual(['contrastive-learning']);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('columnheader', { name: /^性能/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('searchbox', { name: '搜索技术路线' })).toHaveValue('zero-shot');
  await expect.poll(() => rowIds(page)).toEqual(['contrastive-learning']);
});

test('a search the routes do not answer leads to the article: Jetson → 2.1 of AI chips, search kept', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search routes' }).fill('Jetson');
  await expect(routeRows(page)).toHaveCount(0);
  const link = page.getByRole('link', { name: 'AI chips — 2.1 Technical details: Edge AI chips' });
  await link.click();
  const details = page
    .locator('section[data-trend="ai-chips"]')
    .getByRole('heading', { name: '2.1 Technical details' });
  await expect(details).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('#trend-ai-chips-details');
  // The jump is within the page: the search and the rest of the view stay.
  expect(new URL(page.url()).searchParams.get('q')).toBe('Jetson');
  await expect(page.getByRole('searchbox', { name: 'Search routes' })).toHaveValue('Jetson');
});

test('keyboard alone can sort, filter, search and select', async ({ page }) => {
  await page.goto('./');
  // Keys pressed before React has rendered would go to an empty page.
  await expect(routeRows(page)).toHaveCount(9);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Explore', exact: true })).toBeFocused();
  await page
    .getByRole('columnheader', { name: /^Flexibility/ })
    .getByRole('button')
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /^Flexibility/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Generative AI: 3 routes if selected' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => rowIds(page)).toEqual(['task-fine-tuning', 'lightweight-models', 'llm-pretraining']);
  await page.getByRole('checkbox', { name: 'Select Lightweight models' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Select Lightweight models' })).toBeChecked();
  // Expand a row, and use the tag facet, the score ranges and the column menu from the keyboard.
  await page.getByRole('button', { name: 'Details of Lightweight models' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Details of Lightweight models' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.locator('#details-lightweight-models')).toContainText('Cost advantage3');
  await page.getByRole('group', { name: 'Tags' }).getByRole('button', { name: /^Edge/ }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => rowIds(page)).toEqual(['lightweight-models']);
  await page.keyboard.press('Space');
  await page.locator('summary', { hasText: 'Score ranges' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('slider', { name: 'Performance: lowest' }).focus();
  // Performance from 4: lightweight models (3) drop out.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => rowIds(page)).toEqual(['task-fine-tuning', 'llm-pretraining']);
  await page.getByRole('slider', { name: 'Performance: lowest' }).press('Home');
  await expect.poll(async () => (await rowIds(page)).length).toBe(3);
  await page.getByRole('checkbox', { name: 'Select Large-model pretraining' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Compare 2 routes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare routes' })).toBeFocused();
  await page.getByRole('button', { name: 'What I use today: Lightweight models' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'What I use today: Lightweight models' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('link', { name: 'Decide' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Decide' })).toBeFocused();
  const cost = page.getByRole('slider', { name: 'Cost advantage' });
  await cost.focus();
  await page.keyboard.press('End');
  await expect(cost).toHaveAttribute('aria-valuetext', '100%');
  await expect(page.getByRole('slider', { name: 'Performance' })).toHaveAttribute('aria-valuetext', '0%');
  // Cost alone: lightweight models (3) beat pretraining (1).
  await expect(page.locator('.ranking > li').first()).toHaveAttribute('data-route-id', 'lightweight-models');
});

for (const width of [1440, 390]) {
  for (const locale of ['en-US', 'zh-CN']) {
    test.describe(`${locale} at ${width} px`, () => {
      test.use({ locale, viewport: { width, height: 900 } });

      test('charts are present, labels stay inside their SVG, no page-level horizontal scroll', async ({ page }) => {
        // Explore shows one radar per trend; compare shows one of the picked routes.
        await page.goto('./');
        await revealCharts(page);
        await expect(page.locator('figure.radar')).toHaveCount(3);
        await checkCharts(page);
        await page.goto('./?view=compare&sel=task-fine-tuning,asic,cross-modal-transformer');
        await expect(page.locator('figure.radar')).toHaveCount(1);
        await checkCharts(page);
      });
    });
  }
}

async function checkCharts(page: Page) {
  const figures = page.locator('figure.radar');
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    const geometry = await figure.evaluate((element) => {
      const svg = element.querySelector('svg.recharts-surface')!.getBoundingClientRect();
      const labels = [...element.querySelectorAll('.radar-axis-label')].map((label) => label.getBoundingClientRect());
      const ticks = [...element.querySelectorAll('.radar-ring-label')].map((tick) => tick.textContent);
      const outside = labels.filter(
        (box) =>
          box.left < svg.left - 0.5 ||
          box.right > svg.right + 0.5 ||
          box.top < svg.top - 0.5 ||
          box.bottom > svg.bottom + 0.5,
      ).length;
      const overlaps = labels.some((a, i) =>
        labels.some((b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
      );
      return {
        labels: labels.length,
        outside,
        overlaps,
        ticks,
        polygons: element.querySelectorAll('.recharts-radar-polygon').length,
      };
    });
    expect(geometry).toMatchObject({
      labels: 3,
      outside: 0,
      overlaps: false,
      ticks: ['0', '1', '2', '3', '4', '5'],
    });
    expect(geometry.polygons).toBeGreaterThanOrEqual(2);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the theme switch applies and remembers a theme', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 27)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the radar tooltip lists the visible routes only', async ({ page }) => {
  await page.goto('./');
  await revealCharts(page);
  const figure = page.getByRole('figure', { name: /^AI chips/ });
  await figure.scrollIntoViewIfNeeded();
  const surface = figure.locator('svg.recharts-surface');
  // The chart chunk loads lazily; measure only once it has drawn.
  await expect(surface).toBeVisible();
  const box = (await surface.boundingBox())!;
  // Just above the centre, on the way to the top axis (cost advantage).
  const hover = async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.4);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height * 0.35);
  };
  await hover();
  const tooltip = figure.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('li')).toHaveText(['GPU: 1', 'ASIC: 3', 'FPGA: 2']);
  await figure.getByRole('button', { name: 'ASIC' }).click();
  await hover();
  await expect(tooltip.locator('li')).toHaveText(['GPU: 1', 'FPGA: 2']);
});

test('radars out of view keep their routes, and follow the table when scrolled back into view', async ({ page }) => {
  await page.goto('./');
  await revealCharts(page);
  await expect(page.locator('figure.radar svg.recharts-surface')).toHaveCount(3);
  // Back at the top, the radars are far below: picking one trend leaves them as they were.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: /^AI chips/ }).click();
  await expect(routeRows(page)).toHaveCount(3);
  await expect(page.locator('figure.radar--empty')).toHaveCount(0);
  // In view again, they show the AI chips routes only: the other trends' radars say none match.
  await page.locator('#charts').scrollIntoViewIfNeeded();
  await expect(page.locator('figure.radar--empty')).toHaveCount(2);
  await expect(page.getByRole('figure', { name: /^AI chips/ }).locator('svg.recharts-surface')).toBeVisible();
});

test('printing shows the radars as the table is, even when they were out of view', async ({ page }) => {
  await page.goto('./');
  await revealCharts(page);
  await expect(page.locator('figure.radar svg.recharts-surface')).toHaveCount(3);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox', { name: 'Search routes' }).fill('gpu');
  await expect(routeRows(page)).toHaveCount(1);
  // The browser lays the page out for print right after `beforeprint`: read the radars then.
  const printed = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return {
      empty: document.querySelectorAll('figure.radar--empty').length,
      chips: [...document.querySelectorAll('figure.radar')]
        .find((figure) => figure.textContent.includes('AI chips'))
        ?.querySelectorAll('.legend li').length,
    };
  });
  expect(printed).toEqual({ empty: 2, chips: 1 });
});
