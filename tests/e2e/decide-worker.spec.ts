import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// 60 routes of one's own on the article's three criteria: past the few dozen from which "How firm"
// is worked out in a worker. Route 01 (5, 4, 4) leads Route 02 (4, 5, 3); the others score 1–3.
const CSV = [
  'Name,Cost,Performance,Flexibility',
  'Route 01,5,4,4',
  'Route 02,4,5,3',
  ...Array.from({ length: 58 }, (_, index) => {
    const score = (salt: number) => 1 + ((index * salt + 7) % 3);
    return `Route ${String(index + 3).padStart(2, '0')},${score(5)},${score(7)},${score(11)}`;
  }),
].join('\r\n');

const WORKER_SCRIPT = /\/assets\/analysis\.worker-[^/]+\.js$/;

/** Imports the 60 routes, opens Decide over them, and returns "How firm" as the reader sees it once settled. */
async function howFirmOverImport(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import routes' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'sixty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await dialog.getByRole('button', { name: 'Import 60 valid routes' }).click();
  // My routes shown (the article's rows were there all along; choosing My routes opens its Explore view).
  await expect(page.getByRole('status').filter({ hasText: 'Showing 60 of 60 routes' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decide' }).click();
  await expect(page.getByText('Ranking the 60 routes the table shows.')).toBeVisible();
  return settledHowFirm(page);
}

/** "How firm" once drawn and no longer marked busy, as the reader sees it (its status line empty). */
async function settledHowFirm(page: Page): Promise<string> {
  const firm = page.locator('.decide__firm');
  await expect(firm.locator('.firmness')).toBeVisible({ timeout: 15_000 });
  await expect(firm.locator('[aria-busy]')).toHaveCount(0);
  await expect(firm.getByRole('status')).toBeEmpty();
  return firm.innerText();
}

test('How firm over 60 routes comes from a worker, and the page gives the same figures when the worker does not load', async ({
  page,
}) => {
  const workers: string[] = [];
  const closed: string[] = [];
  page.on('worker', (worker) => {
    workers.push(worker.url());
    worker.on('close', () => {
      if (WORKER_SCRIPT.test(worker.url())) closed.push(worker.url());
    });
  });
  const fromWorker = await howFirmOverImport(page);
  // One worker, still there: it answered, and is kept for the next analysis (a failed one is stopped).
  expect(workers.filter((url) => WORKER_SCRIPT.test(url))).toHaveLength(1);
  expect(closed).toEqual([]);
  expect(fromWorker).toContain('Route 01 leads Route 02 by 0.33 on the 1–5 scale.');
  expect(fromWorker).toContain('First across plausible cases');
  expect(fromWorker).toMatch(/Each of [\d,]+ seeded draws/);

  // A weight step: the panel catches up with the new weights, still from the worker.
  await page.getByRole('slider', { name: 'Cost advantage' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.decide__firm')).not.toHaveText(fromWorker);
  const afterStep = await settledHowFirm(page);
  expect(workers.filter((url) => WORKER_SCRIPT.test(url))).toHaveLength(1);
  expect(closed).toEqual([]);

  // The same view where the worker's script does not load: worked out on the page, the same text.
  await page.route(WORKER_SCRIPT, (route) => route.abort());
  await page.goto(page.url());
  expect(await settledHowFirm(page)).toBe(afterStep);
});

test('a worker script that never arrives: How firm says it is working, the record is offered, and the page gives the figures', async ({
  page,
}) => {
  // The request is never answered: no error event comes, so the page gives the worker up after 8 s.
  await page.route(WORKER_SCRIPT, () => undefined);
  const opened = howFirmOverImport(page);
  // Waited for from the start: the import and the opening of Decide come first.
  await expect(
    page.getByRole('status').filter({ hasText: 'Working out how firm the winner is among 60 routes…' }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Decision record' })).toBeVisible();
  expect(await opened).toContain('Route 01 leads Route 02 by 0.33 on the 1–5 scale.');
});
