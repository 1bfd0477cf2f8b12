import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TEXT = {
  en: {
    exportMenu: 'Export',
    csv: 'Download CSV',
    import: 'Import…',
    dialog: 'Import routes',
    choose: 'Choose a file…',
    picker: 'Edition',
    myRoutes: /^My routes \(\d+\)$/,
    routesTable: /^Routes of My routes/,
    gpuCostAfter: '5',
  },
  zh: {
    exportMenu: '导出',
    csv: '下载 CSV',
    import: '导入…',
    dialog: '导入技术路线',
    choose: '选择文件…',
    picker: '数据版本',
    myRoutes: /^我的路线（\d+）$/,
    routesTable: /^我的路线的技术路线/,
    gpuCostAfter: '5',
  },
} as const;

/** Downloads the view as CSV through the Export menu and returns its text (byte-order mark kept). */
async function exportCsv(page: Page, lng: 'en' | 'zh'): Promise<string> {
  await page.locator('summary', { hasText: TEXT[lng].exportMenu }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: TEXT[lng].csv }).click(),
  ]);
  await page.locator('summary', { hasText: TEXT[lng].exportMenu }).click();
  return (await readFile(await download.path())).toString('utf8');
}

async function importFile(page: Page, lng: 'en' | 'zh', file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: TEXT[lng].import }).click();
  const dialog = page.getByRole('dialog', { name: TEXT[lng].dialog });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(file);
  return dialog;
}

/** A table row by the route name its header cell shows. */
function routeRow(page: Page, routeName: string) {
  return page.locator('tbody tr[data-route-id]').filter({ has: page.locator('th', { hasText: routeName }) });
}

/** The cost advantage cell of a route's row (after the trend cell). */
function costCell(page: Page, routeName: string) {
  return routeRow(page, routeName).locator('td').nth(1);
}

for (const lng of ['en', 'zh'] as const) {
  test(`round trip in ${lng}: export CSV → edit in a spreadsheet → import into My routes, kept across reloads`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${lng}&trend=ai-chips`);
    await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(3);
    const exported = await exportCsv(page, lng);

    // What a spreadsheet app does: read the file, change a cell, add a row, save it again.
    const table = Papa.parse<string[]>(exported.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    const header = table[0] ?? [];
    const nameColumn = 0;
    const costColumn = 2;
    const gpu = table.find((row) => row[nameColumn] === 'GPU');
    if (!gpu) throw new Error('GPU is exported');
    gpu[costColumn] = '5';
    const added = header.map(() => '');
    added[nameColumn] = lng === 'zh' ? '储能方案' : 'Energy storage';
    added[costColumn] = '4';
    added[3] = '3';
    added[4] = '2';
    const edited = Papa.unparse([...table, added], { newline: '\r\n' });

    const dialog = await importFile(page, lng, { name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await expect(dialog.getByRole('status')).toContainText(
      lng === 'zh' ? 'team.csv：读取了 4 行。' : 'team.csv: 4 rows read.',
    );
    await expect(dialog).toContainText(lng === 'zh' ? '4 条路线可以导入。' : '4 routes can be imported.');
    await dialog.getByRole('button', { name: lng === 'zh' ? '导入 4 条有效路线' : 'Import 4 valid routes' }).click();
    await expect(dialog).toBeHidden();

    // The page now shows My routes; the article's edition is still one pick away.
    const picker = page.getByRole('combobox', { name: TEXT[lng].picker });
    await expect(picker.locator('option:checked')).toHaveText(TEXT[lng].myRoutes);
    await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(4);
    await expect(costCell(page, 'GPU')).toContainText(TEXT[lng].gpuCostAfter);
    await expect(routeRow(page, added[nameColumn])).toBeVisible();

    // Matched routes keep both languages: the edition reads in the other language too.
    const other = lng === 'zh' ? 'English' : '中文';
    await page
      .getByRole('group', { name: lng === 'zh' ? '语言' : 'Language' })
      .getByRole('button', { name: other })
      .click();
    await expect(routeRow(page, 'GPU').locator('td').first()).toHaveText(lng === 'zh' ? 'AI chips' : 'AI 芯片');

    // The edition is in the address: a reload reads My routes back and opens it again.
    await expect(page).toHaveURL(/[?&]ed=my-routes/);
    await page.reload();
    await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(4);
    // The language was switched above: the page now reads in the other one.
    await expect(page.getByRole('combobox').locator('option:checked')).toHaveText(
      TEXT[lng === 'zh' ? 'en' : 'zh'].myRoutes,
    );
    // Back to the article's edition: its nine routes, My routes one pick away.
    await page.getByRole('combobox').selectOption({ index: 0 });
    await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);
  });
}

test('case 4: a GB18030 CSV imports with correct Chinese names', async ({ page }) => {
  await page.goto('./?lang=zh');
  const buffer = iconv.encode('名称,成本,性能,灵活性\r\n储能方案,4,3,2\r\n', 'gb18030');
  const dialog = await importFile(page, 'zh', { name: '储能.csv', mimeType: 'text/csv', buffer });
  await expect(dialog.getByRole('status')).toContainText('储能.csv：读取了 1 行。按 GB18030 编码读取。');
  await dialog.getByRole('button', { name: '导入 1 条有效路线' }).click();
  await expect(routeRow(page, '储能方案')).toBeVisible();
  await expect(costCell(page, '储能方案')).toContainText('4');
});

test('problems are listed by row and column, and only the valid rows are imported when agreed', async ({ page }) => {
  await page.goto('./');
  const csv = 'Name,Cost,Performance,Flexibility\r\nAlpha,3,3,3\r\nBeta,7,3,3\r\n';
  const dialog = await importFile(page, 'en', { name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByRole('list')).toHaveText('row 3, Cost: expected an integer 1–5, got 7');
  await dialog.getByRole('button', { name: 'Choose another file' }).click();
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  // Nothing was imported: no My routes edition to pick.
  await expect(page.getByRole('combobox', { name: 'Edition' })).toHaveCount(0);
});

test('case 6: a 300 000-row CSV shows progress, the dialog answers clicks while it parses, and Cancel stops it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lines = ['Name,Trend,Cost,Performance,Flexibility,Strengths,Weaknesses,Tags'];
  for (let i = 0; i < 300_000; i += 1) {
    lines.push(
      `Route ${i} with a longer name,AI chips,${1 + (i % 5)},${1 + (i % 3)},${1 + (i % 4)},"fast, cheap and well supported; mature tools; good docs; low latency",power hungry; expensive to buy,edge; general-purpose`,
    );
  }
  const buffer = Buffer.from(lines.join('\r\n'));
  expect(buffer.length).toBeGreaterThan(50_000_000);
  await page.goto('./');
  const dialog = await importFile(page, 'en', { name: 'big.csv', mimeType: 'text/csv', buffer });
  const progress = dialog.getByRole('progressbar', { name: 'Reading big.csv' });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
  // The page's thread is free while the worker parses: frames keep coming, and the parse is not
  // over when they do. (How promptly is the bench's to measure, not a test's.)
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const next = () => (++count === 3 ? resolve(count) : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
  expect(frames).toBe(3);
  const at = Number(await progress.getAttribute('value'));
  expect(at).toBeLessThan(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Import cancelled. Nothing was added.');
  await expect(progress).toBeHidden();
});

test('a file over the size limit is refused with a message that states the limit', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import routes' });
  // A sparse 65 MB file: the browser reports its size without the test holding 65 MB.
  const path = test.info().outputPath('huge.csv');
  const { open } = await import('node:fs/promises');
  const handle = await open(path, 'w');
  await handle.truncate(65 * 1024 * 1024);
  await handle.close();
  await dialog.locator('input[type=file]').setInputFiles(path);
  await expect(dialog.getByRole('alert')).toHaveText(
    'huge.csv is 65 MB; the limit is 64 MB. Split it into smaller files.',
  );
});

test('your own scores: edit in the expanded row, marked, kept across reloads, exported, reset', async ({ page }) => {
  await page.goto('./?trend=ai-chips');
  await page.getByRole('button', { name: 'Details of GPU' }).click();
  await page.getByRole('button', { name: 'Edit the Cost advantage score' }).click();
  await page.getByLabel('Your score for Cost advantage (1–5)').selectOption('4');
  await page.getByLabel('Your rationale').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Write a few words on why.');
  await page.getByLabel('Your rationale').fill('Our cluster already has spare GPUs.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit the Cost advantage score' })).toBeFocused();
  await expect(page.locator('.details-row .rationale--edited')).toContainText('Our cluster already has spare GPUs.');
  await expect(page.locator('.details-row .rationale--edited')).toContainText('Original score: 1.');
  await expect(costCell(page, 'GPU')).toContainText('4');
  await expect(costCell(page, 'GPU').locator('.edited-mark')).toHaveAttribute('title', 'Your score; the original is 1');

  await page.reload();
  await expect(costCell(page, 'GPU')).toContainText('4');
  const csv = await exportCsv(page, 'en');
  expect(csv.split('\r\n').find((line) => line.startsWith('GPU,'))).toMatch(/^GPU,AI chips,4,/);

  await page.getByRole('button', { name: 'Reset 1 edited score' }).click();
  await expect(costCell(page, 'GPU')).toContainText('1');
  await expect(page.getByRole('button', { name: /Reset \d+ edited score/ })).toHaveCount(0);
});

test('corrupt stored data is discarded with a notice and the page keeps working', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    localStorage.setItem(
      'route-atlas.score-overrides',
      '{"version":1,"editions":{"2024":{"gpu":{"cost":{"value":9}}}}}',
    );
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('route-atlas');
      request.onupgradeneeded = () => request.result.createObjectStore('my-routes');
      request.onsuccess = () => {
        const tx = request.result.transaction('my-routes', 'readwrite');
        tx.objectStore('my-routes').put(
          { version: 1, criteria: [], trends: [], tags: [], count: 3, chunks: 1 },
          'meta',
        );
        tx.objectStore('my-routes').put('not a list of routes', 'routes-0');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      };
      request.onerror = () => reject(new Error(String(request.error)));
    });
  });
  await page.reload();
  await expect(
    page.getByText(/The routes stored in this browser could not be read \(.+\), so they were discarded\./),
  ).toBeVisible();
  await expect(page.getByText(/Your edited scores stored in this browser .* could not be read/)).toBeVisible();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);
  await page.reload();
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
});

test('My routes: remove one route, then all, and the article edition is shown again', async ({ page }) => {
  await page.goto('./');
  const csv = 'Name,Cost,Performance,Flexibility\r\nAlpha,3,3,3\r\nBeta,2,4,3\r\n';
  const dialog = await importFile(page, 'en', { name: 'two.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Import 2 valid routes' }).click();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Details of Alpha' }).click();
  await page.getByRole('button', { name: 'Remove from My routes' }).click();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Alpha was removed from My routes.' })).toBeVisible();
  // Said once stored: a reload shows Beta alone.
  await page.reload();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(1);
  await expect(page.locator('tbody tr[data-route-id]')).toContainText('Beta');
  await page.getByRole('button', { name: 'Remove all my routes' }).click();
  await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove all' }).click();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);
  // Said only once storage is emptied: a reload after it cannot bring the routes back.
  await expect(page.getByRole('status').filter({ hasText: 'My routes is empty now.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Edition' })).toHaveCount(0);
});

test('My routes: removing its last route shows the article edition again, with no notice after a reload', async ({
  page,
}) => {
  await page.goto('./');
  const csv = 'Name,Cost,Performance,Flexibility\r\nAlpha,3,3,3\r\n';
  const dialog = await importFile(page, 'en', { name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Import 1 valid route' }).click();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Details of Alpha' }).click();
  await page.getByRole('button', { name: 'Remove from My routes' }).click();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);
  await expect(page.getByRole('status').filter({ hasText: 'Alpha was removed from My routes.' })).toBeVisible();
  await expect(page).not.toHaveURL(/ed=/);
  await expect(page.getByText(/not stored in this browser/)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(9);
  await expect(page.getByText(/not stored in this browser/)).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Edition' })).toHaveCount(0);
});
