import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROUTES = (names: readonly string[]) =>
  Buffer.from(['Name,Cost,Performance,Flexibility', ...names.map((name) => `${name},3,4,2`)].join('\r\n'));

async function importRoutes(page: Page, fileName: string, names: readonly string[]) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import routes' });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: ROUTES(names) });
  await dialog
    .getByRole('button', { name: `Import ${names.length} valid route${names.length === 1 ? '' : 's'}` })
    .click();
  await expect(dialog).toBeHidden();
}

const rows = (page: Page) => page.locator('tbody tr[data-route-id]');

/**
 * Runs `script` before the page's own code and before the import worker's: the worker is a file
 * of its own, so the same lines go at its top. Storage the browser withholds is withheld from both.
 */
async function inPageAndWorker(page: Page, context: BrowserContext, script: string) {
  await page.addInitScript(script);
  await context.route(/\/assets\/import\.worker-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${script}\n${await response.text()}` });
  });
}

test('site data cleared under an open tab: the next import stores every route on screen, and a reload has them', async ({
  page,
}) => {
  await page.goto('./');
  await importRoutes(page, 'first.csv', ['Alpha', 'Beta']);
  await expect(
    page.getByRole('status').filter({ hasText: '2 routes added to My routes and stored in this browser.' }),
  ).toBeVisible();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });

  await importRoutes(page, 'second.csv', ['Gamma']);
  await expect(rows(page)).toHaveCount(3);
  await expect(
    page.getByText(
      'This site’s data in this browser had been cleared while the page was open: the 3 routes on this page were stored again.',
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '1 route added to My routes and stored in this browser.' }),
  ).toBeVisible();

  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Edition' }).locator('option:checked')).toHaveText('My routes (3)');
});

test('a quota of a few KB: the import is shown, said not stored and why, and a link to it says it is not stored', async ({
  page,
}) => {
  await page.goto('./');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 4096 });
  // Large enough to pass 4 KB whatever the database's own overhead.
  const names = Array.from({ length: 60 }, (_, index) => `A route with a rather long name number ${index}`);
  await importRoutes(page, 'big.csv', names);
  await expect(rows(page)).toHaveCount(60);
  await expect(
    page.getByText(
      'The 60 routes you imported are on this page, but this browser did not store them (the browser’s storage for this site is full).',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Export → Download JSON/)).toBeVisible();
  await expect(page.getByText(/added to My routes/)).toHaveCount(0);

  await page.reload();
  await expect(
    page.getByText(/^This comparison is not stored in this browser \(“my-routes” in the address\), so the page shows/),
  ).toBeVisible();
  await expect(rows(page)).toHaveCount(9);
});

test('no IndexedDB at all: the page works, imports show for the visit, and that nothing is stored is said once', async ({
  page,
  context,
}) => {
  await inPageAndWorker(
    page,
    context,
    'delete globalThis.indexedDB; Object.defineProperty(globalThis, "indexedDB", { value: undefined });',
  );
  await page.goto('./');
  expect(await page.evaluate(() => typeof indexedDB)).toBe('undefined');
  await importRoutes(page, 'one.csv', ['Alpha']);
  await expect(rows(page)).toHaveCount(1);
  const said = page.getByText(
    /^My routes cannot be stored in this browser \(this browser does not let the page store anything/,
  );
  await expect(said).toBeVisible();
  await said.locator('..').getByRole('button', { name: 'Dismiss' }).click();
  await expect(said).toHaveCount(0);

  // Said once: the next import is shown and adds nothing more to say.
  await importRoutes(page, 'two.csv', ['Beta']);
  await expect(rows(page)).toHaveCount(2);
  await expect(said).toHaveCount(0);
  await expect(page.getByText(/added to My routes/)).toHaveCount(0);
});

test('storage that throws: choices apply for the visit, the page names what it does not keep, once', async ({
  page,
  context,
}) => {
  await inPageAndWorker(
    page,
    context,
    [
      'const refuse = () => { throw new DOMException("Access to storage is not allowed from this context.", "SecurityError"); };',
      'if (globalThis.Storage) Storage.prototype.setItem = refuse;',
      'IDBFactory.prototype.open = refuse;',
    ].join('\n'),
  );
  await page.goto('./');
  // My routes is looked for at once and cannot be: said once, without claiming anything was lost.
  const routesNotice = page.getByText(/^My routes cannot be stored in this browser/);
  await expect(routesNotice).toBeVisible();

  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const unkept = page.getByText(/^This browser is not keeping your/);
  await expect(unkept).toHaveText(
    'This browser is not keeping your theme (this browser does not let the page store anything: a private window, or storage turned off for this site). They apply until you close this page.',
  );
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByText(/^此浏览器没有保存你的主题、语言选择（此浏览器不允许本页保存任何内容/)).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  await importRoutes(page, 'one.csv', ['Alpha']);
  await expect(rows(page)).toHaveCount(1);
  await expect(routesNotice).toHaveCount(1);
  // The page works: sorting and the other views answer.
  await page.getByRole('link', { name: 'Decide' }).click();
  await expect(page.getByRole('heading', { name: 'Decide' })).toBeVisible();
});
