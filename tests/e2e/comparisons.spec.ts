import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = path.resolve(import.meta.dirname, '../../data/ai-trends-2024.json');

test('a browser profile of the previous version: My routes and its edited scores become the comparison "My routes", shown once', async ({
  page,
}) => {
  // What the previous version stored after importing two AI-chip routes and editing one score:
  // My routes in IndexedDB (`route-atlas`/`my-routes`, a meta record and one chunk of routes) and the
  // reader's scores in localStorage, keyed by the edition id `my-routes`.
  const article = JSON.parse(await readFile(ARTICLE, 'utf8')) as {
    criteria: unknown[];
    trends: { id: string }[];
    routes: { id: string; trendId: string; tags: string[] }[];
    tags: { id: string }[];
  };
  const routes = article.routes.filter((route) => route.trendId === 'ai-chips').slice(0, 2);
  const meta = {
    version: 1,
    criteria: article.criteria,
    trends: article.trends.filter((trend) => trend.id === 'ai-chips'),
    tags: article.tags.filter((tag) => routes.some((route) => route.tags.includes(tag.id))),
    count: routes.length,
    chunks: 1,
  };
  const overrides = {
    version: 1,
    editions: { 'my-routes': { asic: { cost: { value: 5, rationale: 'Our volume pays for it.' } } } },
  };
  await page.goto('./');
  await page.evaluate(
    async ({ meta, routes, overrides }) => {
      localStorage.setItem('route-atlas.score-overrides', JSON.stringify(overrides));
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('route-atlas');
        request.onupgradeneeded = () => request.result.createObjectStore('my-routes');
        request.onsuccess = () => {
          const tx = request.result.transaction('my-routes', 'readwrite');
          tx.objectStore('my-routes').put(meta, 'meta');
          tx.objectStore('my-routes').put(routes, 'routes-0');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        request.onerror = () => reject(new Error(String(request.error)));
      });
    },
    { meta, routes, overrides },
  );
  await page.reload();

  const picker = page.getByRole('combobox', { name: 'Edition' });
  const group = picker.locator('optgroup[label="My comparisons"]');
  await expect(group.locator('option')).toHaveText(['My routes (2)']);
  // Listed once: not also among the bundled editions.
  await expect(picker.locator('option', { hasText: 'My routes' })).toHaveCount(1);
  await picker.selectOption({ label: 'My routes (2)' });
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(2);
  const asic = page.locator('tbody tr[data-route-id="asic"]');
  // The cost advantage cell follows the trend cell.
  await expect(asic.locator('td').nth(1)).toContainText('5');
  await expect(page.getByRole('button', { name: /Reset 1 edited score/ })).toBeVisible();
});

test('an address naming a comparison this browser does not hold says so and shows the article', async ({ page }) => {
  await page.goto('./?ed=c-elsewhere');
  await expect(
    page.getByText('This comparison is not stored in this browser (“c-elsewhere” in the address)', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);
});

const JOURNEY = {
  en: {
    newComparison: 'New comparison',
    title: 'Which database?',
    criterion: (n: number) => `Criterion ${n}`,
    name: 'Name',
    newCriterion: 'Name of a new criterion',
    newRoute: 'Name of a new route',
    criteria: ['Latency', 'Ecosystem', 'Team familiarity', 'Affordability'],
    routes: ['PostgreSQL', 'MySQL', 'SQLite'],
    explore: 'Explore',
    decide: 'Decide',
    edit: 'Edit',
    exportFile: 'Export data file',
    fromFile: 'From a CSV or data file',
    fileLabel: 'CSV or data file',
    create: 'Create',
    picker: 'Edition',
  },
  zh: {
    newComparison: '新建对比',
    title: '用哪种数据库？',
    criterion: (n: number) => `标准 ${n}`,
    name: '名称',
    newCriterion: '新标准的名称',
    newRoute: '新路线的名称',
    criteria: ['延迟', '生态', '团队熟悉度', '成本优势'],
    routes: ['PostgreSQL', 'MySQL', 'SQLite'],
    explore: '浏览',
    decide: '决策',
    edit: '编辑',
    exportFile: '导出数据文件',
    fromFile: '从 CSV 或数据文件',
    fileLabel: 'CSV 或数据文件',
    create: '创建',
    picker: '数据版本',
  },
} as const;

/** Presses Tab (at most `limit` times) until `target` has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** The scores typed into the grid, row by row (routes) and column by column (criteria). */
const SCORES = [
  [4, 5, 4, 5],
  [4, 4, 5, 5],
  [5, 2, 3, 5],
];

for (const lng of ['en', 'zh'] as const) {
  test(`build a comparison of 4 criteria and 3 routes with the keyboard alone, in ${lng}; it is kept, shown everywhere, and comes back from its file`, async ({
    page,
  }) => {
    // A long journey, typed key by key.
    test.setTimeout(90_000);
    const text = JOURNEY[lng];
    await page.goto(`./?lang=${lng}`);
    await tabTo(page, page.getByRole('button', { name: text.newComparison }));
    await page.keyboard.press('Enter');
    // The dialog opens on its title field; Enter creates a blank comparison and opens its editor.
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.type(text.title);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=edit/);

    // Three placeholder criteria are renamed; a fourth is added.
    for (const [index, label] of text.criteria.slice(0, 3).entries()) {
      const field = page
        .getByRole('group', { name: text.criterion(index + 1) })
        .getByRole('textbox', { name: text.name, exact: true });
      await tabTo(page, field);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(label);
    }
    await tabTo(page, page.getByRole('textbox', { name: text.newCriterion }));
    await page.keyboard.type(text.criteria[3]);
    await page.keyboard.press('Enter');
    for (const route of text.routes) {
      await tabTo(page, page.getByRole('textbox', { name: text.newRoute }));
      await page.keyboard.type(route);
      await page.keyboard.press('Enter');
    }

    // The grid, as in a spreadsheet: a digit scores the cell, the arrows and Enter move.
    const cells = page.getByRole('gridcell');
    await expect(cells).toHaveCount(12);
    await tabTo(page, cells.first());
    for (const row of SCORES) {
      for (const [column, value] of row.entries()) {
        await page.keyboard.press(String(value));
        if (column < row.length - 1) await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
    }
    await expect(page.getByText(lng === 'en' ? 'Saved' : '已保存', { exact: true })).toBeVisible();

    // Kept: a reload shows the same comparison, in the table, the radar and Decide.
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: text.explore }).click();
    const rows = page.locator('tbody tr[data-route-id]');
    await expect(rows).toHaveCount(3);
    for (const label of text.criteria) {
      await expect(page.locator('thead').getByRole('button', { name: new RegExp(label) })).toHaveCount(1);
    }
    await expect(rows.filter({ hasText: 'SQLite' }).locator('td').nth(1)).toContainText('5');
    const radar = page.locator('figure.radar').first();
    await radar.scrollIntoViewIfNeeded();
    await expect(radar.locator('.radar-axis-label')).toHaveCount(4);
    await page.getByRole('navigation').getByRole('link', { name: text.decide }).click();
    await expect(page.getByRole('slider')).toHaveCount(4);

    // Exported as a data file, then made a new comparison from that file: the same comparison.
    await page.getByRole('navigation').getByRole('link', { name: text.explore }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.exportFile }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { id: string };
    await page.getByRole('button', { name: text.newComparison }).click();
    await page.getByRole('radio', { name: new RegExp(text.fromFile) }).check();
    await page.getByLabel(text.fileLabel, { exact: true }).setInputFiles(await download.path());
    await page.getByRole('dialog').getByRole('button', { name: text.create }).click();
    await expect(page).toHaveURL(/view=edit/);
    const copyId = new URL(page.url()).searchParams.get('ed');
    expect(copyId).not.toBe(exported.id);
    const stored = await page.evaluate(
      async (id) =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('route-atlas-editions');
          request.onsuccess = () => {
            const get = request.result.transaction('editions').objectStore('editions').get(id!);
            get.onsuccess = () => resolve((get.result as { edition: unknown }).edition);
            get.onerror = () => reject(new Error(String(get.error)));
          };
          request.onerror = () => reject(new Error(String(request.error)));
        }),
      copyId,
    );
    expect(stored).toEqual({ ...exported, id: copyId });
  });
}

for (const lng of ['en', 'zh'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`the editor in ${lng}, ${scheme}`, () => {
      test.use({ colorScheme: scheme });

      test('axe finds no violations in the New comparison dialog, the editor, its problems and a cell’s details', async ({
        page,
      }) => {
        const text = JOURNEY[lng];
        await page.goto(`./?lang=${lng}`);
        await page.getByRole('button', { name: text.newComparison }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('radio', { name: new RegExp(text.fromFile) }).check();
        await dialog.getByLabel(text.fileLabel, { exact: true }).setInputFiles({
          name: 'databases.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('Name,Latency,Ecosystem,Notes\r\nPostgreSQL,4,5,mature\r\nMySQL,9,4,\r\n'),
        });
        await expect(dialog.getByRole('status')).toContainText('databases.csv');
        expect(await axe(page)).toEqual([]);
        await dialog.getByRole('button', { name: text.create }).click();
        await expect(page).toHaveURL(/view=edit/);
        // MySQL's latency was refused (9 is no score): a problem at its cell, listed at the top.
        await page.locator('details.editor-summary > summary').click();
        await page.getByRole('gridcell').first().click();
        expect(await axe(page)).toEqual([]);
      });
    });
  }
}

/** Every axe violation, one line each (rule, impact and element), so a failure names them. */
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
