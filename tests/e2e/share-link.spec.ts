import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const rowIds = (page: Page) =>
  page
    .locator('table tbody tr[data-route-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-route-id')));
const rankIds = (page: Page) =>
  page.locator('.ranking > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-route-id')));

const databasesCsv = {
  name: 'databases.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('Name,Latency,Ecosystem,Affordability\r\nPostgreSQL,4,5,4\r\nMySQL,4,4,5\r\nSQLite,5,3,5\r\n'),
};

/** Makes a comparison from a CSV through "New comparison" and leaves it open in its editor. */
async function buildComparison(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'New comparison' }).click();
  await page.getByRole('radio', { name: /From a CSV or data file/ }).check();
  await page.getByLabel('CSV or data file', { exact: true }).setInputFiles(databasesCsv);
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/view=edit/);
}

test('a comparison travels in its link: preview, keep a copy, same table and ranking', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await buildComparison(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decide' }).click();
  await expect(page.locator('.ranking > li')).toHaveCount(3);
  const ranking = await rankIds(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Explore' }).click();
  await page
    .locator('thead')
    .getByRole('button', { name: /Latency/ })
    .click();
  await expect(page).toHaveURL(/sort=/);
  const table = await rowIds(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  await expect(page.getByText('The link carries the whole comparison')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#c1\.[A-Za-z0-9_-]+$/);
  expect(new URL(link).searchParams.get('sort')).toBe(new URL(page.url()).searchParams.get('sort'));

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const preview = other.getByRole('group', { name: 'A comparison shared with you' });
    await expect(preview).toContainText('Untitled comparison');
    await expect(preview).toContainText('Criteria: Latency, Ecosystem, Affordability');
    await expect(preview).toContainText('3 routes');
    // Nothing is stored until the reader chooses.
    const stored = () =>
      other.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open('route-atlas-editions');
            request.onsuccess = () => {
              const db = request.result;
              if (!db.objectStoreNames.contains('editions')) return resolve(0);
              const count = db.transaction('editions').objectStore('editions').count();
              count.onsuccess = () => resolve(count.result);
            };
            request.onerror = () => resolve(0);
          }),
      );
    expect(await stored()).toBe(0);
    await expect(other.getByText('not stored in this browser (')).toHaveCount(0);
    await preview.getByRole('button', { name: 'Keep a copy' }).click();
    await expect(preview).toBeHidden();
    // The sharer's sort came with the link: the same rows in the same order.
    await expect(other.locator('table tbody tr[data-route-id]')).toHaveCount(3);
    expect(await rowIds(other)).toEqual(table);
    expect(await stored()).toBe(1);
    expect(new URL(other.url()).hash).toBe('');
    await other.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decide' }).click();
    await expect(other.locator('.ranking > li')).toHaveCount(3);
    expect(await rankIds(other)).toEqual(ranking);
    // Kept: a reload shows it from this browser's own store.
    await other.reload();
    await expect(other.locator('.ranking > li')).toHaveCount(3);
    expect(await rankIds(other)).toEqual(ranking);
  } finally {
    await fresh.close();
  }
});

test('"Just look" shows a shared comparison without storing it', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await buildComparison(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link.replace('view=edit', 'view=explore'));
    await other.getByRole('button', { name: 'Just look' }).click();
    await expect(other.getByText('You are looking at a shared comparison')).toBeVisible();
    await expect(other.locator('table tbody tr[data-route-id]')).toHaveCount(3);
  } finally {
    await fresh.close();
  }
});

test('a link whose fragment is cut in half says so, and the page works without it', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await buildComparison(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  link.hash = link.hash.slice(0, Math.ceil(link.hash.length / 2));
  link.searchParams.delete('view');
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link.toString());
    await expect(other.getByRole('alert')).toContainText("This link's comparison could not be read");
    await expect(other.getByRole('alert')).toContainText('cut short or was altered');
    // As without the fragment: the comparison is not here, the article is shown.
    await expect(other.getByText('not stored in this browser', { exact: false })).toBeVisible();
    await expect(other.locator('table tbody tr[data-route-id]')).toHaveCount(9);
  } finally {
    await fresh.close();
  }
});

test("the article's edited scores travel in the link: the colleague sees the sharer's ranking, and may keep them", async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?trend=ai-chips&view=decide');
  await expect(page.locator('.ranking > li')).toHaveCount(3);
  const before = await rankIds(page);
  await page.goto('./?trend=ai-chips');
  await page.getByRole('button', { name: 'Details of ASIC' }).click();
  await page.getByRole('button', { name: 'Edit the Cost advantage score' }).click();
  await page.getByLabel('Your score for Cost advantage (1–5)').selectOption('5');
  await page.getByLabel('Your rationale').fill('We order in volume.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decide' }).click();
  await expect(page.locator('.ranking > li')).toHaveCount(3);
  const ranking = await rankIds(page);
  // The edit changes the winner: the link must carry it.
  expect(ranking[0]).toBe('asic');
  expect(before[0]).not.toBe('asic');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('The link carries your 1 edited score and its reason')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#s1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const notice = other.getByRole('group', { name: 'This link shows 1 score edited by whoever shared it' });
    await expect(notice).toContainText('ASIC · Cost advantage: 5 (the edition says 3). We order in volume.');
    await expect(other.locator('.ranking > li')).toHaveCount(3);
    expect(await rankIds(other)).toEqual(ranking);
    // Nothing is stored until the reader keeps them.
    expect(await other.evaluate(() => localStorage.getItem('route-atlas.score-overrides'))).toBeNull();

    await notice.getByRole('button', { name: 'Keep as my scores' }).click();
    await expect(notice).toBeHidden();
    expect(new URL(other.url()).hash).toBe('');
    const stored = JSON.parse(
      (await other.evaluate(() => localStorage.getItem('route-atlas.score-overrides'))) ?? '{}',
    ) as { editions: Record<string, unknown> };
    expect(Object.values(stored.editions)[0]).toEqual({
      asic: { cost: { value: 5, rationale: 'We order in volume.' } },
    });
    await other.reload();
    await expect(other.locator('.ranking > li')).toHaveCount(3);
    expect(await rankIds(other)).toEqual(ranking);

    // "Show the edition's scores" drops a link's scores, stored nowhere.
    const third = await fresh.newPage();
    const cut = new URL(link);
    cut.hash = cut.hash.slice(0, Math.ceil(cut.hash.length / 2));
    await third.goto(cut.toString());
    await expect(third.getByRole('alert')).toContainText("This link's edited scores could not be read.");
    await expect(third.getByRole('alert')).toContainText("The edition's own scores are shown.");
  } finally {
    await fresh.close();
  }
});

test('a link to My routes carries them: another browser sees the same routes, not the article', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import routes' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'storage.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Route,Trend,Cost advantage,Performance,Flexibility\r\nFlow battery,AI chips,4,2,3\r\nFlywheel,AI chips,2,4,3\r\n',
    ),
  });
  await dialog.getByRole('button', { name: 'Import 2 valid routes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/[?&]ed=my-routes/);
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(2);
  const names = await page.locator('tbody tr[data-route-id] th').allTextContents();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('The link carries the whole comparison')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#c1\./);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const preview = other.getByRole('group', { name: 'A comparison shared with you' });
    await expect(preview).toContainText('2 routes');
    await preview.getByRole('button', { name: 'Just look' }).click();
    await expect(other.locator('tbody tr[data-route-id]')).toHaveCount(2);
    expect(await other.locator('tbody tr[data-route-id] th').allTextContents()).toEqual(names);
    await expect(other.getByText('no route with this id')).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});
