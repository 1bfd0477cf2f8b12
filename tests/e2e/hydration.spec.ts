import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The prerendered page loads its script on the reader's first sign of presence
// (src/lib/hydration). These pages are opened with `context.newPage()`, not the fixture's page,
// whose navigations play a reader at once.

/** The script files the page has loaded so far, by file name. */
const scriptsOf = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );

const isLive = (page: Page) => page.evaluate(() => document.documentElement.dataset.interactive === 'true');
const whenLive = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.interactive === 'true');

async function openUntouched(context: BrowserContext, address = './'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(address);
  await page.waitForLoadState('networkidle');
  return page;
}

test.describe('the prerendered page before the reader acts', () => {
  test('runs the entry alone, and loads the rest on the first pointer move', async ({ context }) => {
    const page = await openUntouched(context);
    await page.waitForTimeout(500);
    const before = await scriptsOf(page);
    expect(before.some((name) => name.startsWith('index-'))).toBe(true);
    expect(before.filter((name) => /^(boot|providers|i18n|en|zh)-/.test(name))).toEqual([]);
    expect(await isLive(page)).toBe(false);
    // The page is whole without it: the routes, their scores and the trends are there to read.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);

    await page.mouse.move(200, 200);
    await whenLive(page);
    const after = await scriptsOf(page);
    expect(after.some((name) => name.startsWith('boot-'))).toBe(true);
    expect(after.some((name) => /^en-[\w-]{8}\.js$/.test(name))).toBe(true);
  });

  test('gives a click on a sort header again once live', async ({ context }) => {
    const page = await openUntouched(context);
    const header = page.locator('thead th', { hasText: 'Cost advantage' }).first();
    await expect(header).not.toHaveAttribute('aria-sort', /ascending|descending/);
    // Playwright's click moves the pointer first, as a hand does: the script starts loading then.
    await header.getByRole('button').click();
    await whenLive(page);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=cost\.asc/);
  });

  test('gives two clicks on a sort header as two: descending, as on the live page', async ({ context }) => {
    const page = await openUntouched(context);
    const header = page.locator('thead th', { hasText: 'Performance' }).first();
    await header.getByRole('button').click();
    await header.getByRole('button').click();
    await whenLive(page);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  test('a skip link followed before the page is live keeps the page it leads into', async ({ context }) => {
    const page = await openUntouched(context);
    const heading = await page.getByRole('heading', { level: 1 }).elementHandle();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await whenLive(page);
    // Hydrated, not drawn afresh: the heading the reader saw is the one they keep.
    expect(await heading.evaluate((node) => node.isConnected)).toBe(true);
  });

  test('shows a stored theme chosen in the switch before the page is live', async ({ context }) => {
    await context.addInitScript(() => window.localStorage.setItem('route-atlas.theme', 'dark'));
    const page = await openUntouched(context);
    expect(await isLive(page)).toBe(false);
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('gives text typed into the search to the live page', async ({ context }) => {
    const page = await openUntouched(context);
    const search = page.getByRole('searchbox').first();
    await search.fill('ASIC');
    await whenLive(page);
    await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(2);
    await expect(search).toHaveValue('ASIC');
    await expect(page).toHaveURL(/q=ASIC/);
  });

  test('ticks a route picked before the page was live once, not twice', async ({ context }) => {
    const page = await openUntouched(context);
    const box = page.locator('tbody').getByRole('checkbox').first();
    await box.click();
    await whenLive(page);
    await expect(box).toBeChecked();
    await expect(page).toHaveURL(/sel=/);
  });

  test('a visit the prerender does not match loads its script at once', async ({ context }) => {
    // A view in the address: the first render differs from the prerendered page, no reader needed.
    const page = await openUntouched(context, './?view=decide');
    await whenLive(page);
    await expect(page.getByRole('heading', { name: 'Decide' })).toBeVisible();
  });
});
