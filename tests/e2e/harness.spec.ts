import { HARNESS_URL } from '../../playwright.config';
import { expect, test } from './fixtures';

test('case 4: 16-character Chinese axis labels and 13-character route names fit a 360 px radar', async ({ page }) => {
  await page.goto(`${HARNESS_URL}?case=long-labels&lng=zh`);
  const figure = page.getByRole('figure', { name: '长标签雷达图' });
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  const geometry = await figure.evaluate((element) => {
    const svg = element.querySelector('svg.recharts-surface')!.getBoundingClientRect();
    const labels = [...element.querySelectorAll('.radar-axis-label')];
    const boxes = labels.map((label) => label.getBoundingClientRect());
    const legend = element.querySelector('.legend') ?? element;
    return {
      width: Math.round(element.getBoundingClientRect().width),
      labels: labels.map((label) => ({
        hover: label.querySelector('title')?.textContent,
      })),
      outside: boxes.filter(
        (box) =>
          box.left < svg.left - 0.5 ||
          box.right > svg.right + 0.5 ||
          box.top < svg.top - 0.5 ||
          box.bottom > svg.bottom + 0.5,
      ).length,
      overlaps: boxes.some((a, i) =>
        boxes.some((b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
      ),
      legendOverflow: legend.scrollWidth - legend.clientWidth,
      legendNames: [...element.querySelectorAll('.legend button')].map((button) => button.textContent),
    };
  });
  expect(geometry.width).toBeLessThanOrEqual(360);
  // Three axes and two routes: the checks below would pass on nothing at all.
  expect(geometry.labels).toHaveLength(3);
  expect(geometry.legendNames).toHaveLength(2);
  expect(geometry.outside).toBe(0);
  expect(geometry.overlaps).toBe(false);
  // Every label keeps its full 16 characters for hover (screen readers get the figure's description).
  for (const label of geometry.labels) expect(label.hover).toHaveLength(16);
  expect(geometry.legendOverflow).toBeLessThanOrEqual(0);
  expect(geometry.legendNames.every((name) => name.includes('跨模态多任务联合预训练方'))).toBe(true);
});

test('case 5: a radar mounted in a hidden tab draws at full width when first shown, without warnings', async ({
  page,
}) => {
  await page.goto(`${HARNESS_URL}?case=hidden-tab`);
  await page.getByRole('button', { name: 'Show chart' }).click();
  const figure = page.getByRole('figure', { name: 'AI chips' });
  const surface = figure.locator('svg.recharts-surface');
  await expect(surface).toBeVisible();
  const widths = await figure.evaluate((element) => ({
    chart: element.querySelector('.radar__chart')!.getBoundingClientRect().width,
    svg: element.querySelector('svg.recharts-surface')!.getBoundingClientRect().width,
  }));
  expect(widths.chart).toBeGreaterThan(600);
  expect(widths.svg).toBeGreaterThanOrEqual(widths.chart - 2);
  await expect(figure.locator('.recharts-radar-polygon')).toHaveCount(3);
  // The console fixture fails the test on any warning, e.g. recharts' "width(0) and height(0)".
});

test('a long table scrolled while its virtualiser loads stays where the reader scrolled it', async ({ page }) => {
  // The virtualiser's chunk arrives late, as on a slow connection: the table draws its first lines meanwhile.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/virtual-lines-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${HARNESS_URL}?case=dashboard&routes=2000&lng=en`);
  const box = page.locator('.table-scroll');
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(40);
  // The route whose row is at the top edge of the box (below the sticky header).
  const topRoute = () =>
    box.evaluate((element) => {
      const top = element.getBoundingClientRect().top + (element.querySelector('thead')?.offsetHeight ?? 0);
      return [...element.querySelectorAll<HTMLElement>('tbody tr[data-route-id]')].find(
        (row) => row.getBoundingClientRect().bottom > top + 1,
      )?.dataset.routeId;
    });
  await box.evaluate((element) => element.scrollTo({ top: 900 }));
  const before = await topRoute();
  release();
  // Virtualised: fewer lines drawn, and the box still where the reader was, not back at the top.
  // Lines not drawn yet count at an estimated height, so the top line may move by a line or two.
  await expect.poll(() => page.locator('tbody tr[data-route-id]').count()).toBeLessThan(40);
  const place = (id: string | undefined) => Number(id?.replace(/^\D+/, ''));
  expect(place(before)).toBeGreaterThan(5);
  await expect.poll(async () => Math.abs(place(await topRoute()) - place(before))).toBeLessThanOrEqual(2);
});
