import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('exports the view as shown: CSV with BOM, Markdown, and JSON in the data schema', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lang=zh&trend=ai-chips&sort=cost.desc');
  await expect(page.locator('tbody tr[data-route-id]')).toHaveCount(3);
  await page.locator('summary', { hasText: '导出' }).click();

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('route-atlas-2024-zh.csv');
  const bytes = await readFile(await csvDownload.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('技术路线,趋势,成本优势,性能,灵活性,综合,优势,劣势,标签');
  // Cost descending within AI chips: ASIC 3, FPGA 2, GPU 1.
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['ASIC', 'FPGA', 'GPU']);
  await expect(page.getByRole('status').filter({ hasText: '已下载 route-atlas-2024-zh.csv。' })).toBeVisible();

  await page.getByRole('button', { name: '复制为 Markdown' }).click();
  // The writers load with the first export: the copy lands a moment after the click.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\| 技术路线/);
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n').slice(0, 3)).toEqual([
    '| 技术路线 | 趋势 | 成本优势 | 性能 | 灵活性 | 综合 | 优势 | 劣势 | 标签 |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
    expect.stringMatching(/^\| ASIC \| AI 芯片 \| 3 \| 5 \| 1 \| 3 \|/),
  ]);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 JSON' }).click(),
  ]);
  const edition = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as { routes: { id: string }[] };
  expect(edition.routes.map((route) => route.id)).toEqual(['asic', 'fpga', 'gpu']);
});

test('case 5: a radar exported as SVG opens with no network and shows both series, every axis label and the legend', async ({
  page,
  browser,
}) => {
  await page.goto('./?view=compare&sel=gpu,asic');
  const figure = page.getByRole('figure', { name: /Selected routes compared/ });
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  // Clicked straight away: the export waits for the entry animation, so the file holds the final shapes.
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: /as SVG$/ }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('route-atlas-compare-en.svg');
  // Saved under its own name: a browser opens a file by its extension.
  const svgPath = test.info().outputPath(svgDownload.suggestedFilename());
  await svgDownload.saveAs(svgPath);
  const text = await readFile(svgPath, 'utf8');
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).not.toContain('var(--');

  const offline = await browser.newContext({ offline: true });
  try {
    const viewer = await offline.newPage();
    await viewer.goto(`file://${svgPath}`);
    const drawn = await viewer.evaluate(() => ({
      polygons: document.querySelectorAll('.recharts-radar-polygon').length,
      spans: [...document.querySelectorAll('.recharts-radar-polygon path')].map(
        (path) => (path as SVGGraphicsElement).getBBox().width,
      ),
      texts: [...document.querySelectorAll('text')].map((node) => node.textContent),
      width: document.documentElement.getBoundingClientRect().width,
    }));
    expect(drawn.polygons).toBe(2);
    // Final shapes, not an animation frame squashed at the centre: each polygon spans tens of pixels.
    expect(drawn.spans).toHaveLength(2);
    expect(drawn.spans.every((span) => span > 40)).toBe(true);
    for (const label of ['Cost advantage', 'Performance', 'Flexibility', 'GPU', 'ASIC']) {
      expect(drawn.texts.some((value) => value.includes(label))).toBe(true);
    }
    expect(drawn.width).toBeGreaterThan(200);
  } finally {
    await offline.close();
  }

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: /as PNG/ }).click(),
  ]);
  const png = await readFile(await pngDownload.path());
  // PNG: signature, then the IHDR chunk with width and height (big-endian) at bytes 16–23.
  expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const widthPx = png.readUInt32BE(16);
  const svgWidth = Number(/width="(\d+)"/.exec(text)?.[1]);
  expect(widthPx).toBe(svgWidth * 2);
});

test('printing the compare view gives a clean report: no controls, white background, current language', async ({
  page,
}) => {
  await page.goto('./?view=compare&sel=gpu,asic&base=gpu&lang=zh');
  await expect(page.locator('figure.radar svg.recharts-surface')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const control of [
    page.getByRole('group', { name: '语言' }),
    page.getByRole('navigation', { name: '视图' }),
    page.getByRole('button', { name: '复制链接' }),
    page.getByRole('button', { name: '从比较中移除GPU' }),
    page.getByRole('button', { name: /下载为 SVG/ }),
  ]) {
    await expect(control).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1, name: '比较路线' })).toBeVisible();
  await expect(page.getByRole('table', { name: /评分并排比较/ })).toBeVisible();
  const colours = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    view: getComputedStyle(document.querySelector('.view')!).backgroundColor,
    figure: getComputedStyle(document.querySelector('figure.radar')!).backgroundColor,
  }));
  expect(colours).toEqual({ body: 'rgb(255, 255, 255)', view: 'rgb(255, 255, 255)', figure: 'rgb(255, 255, 255)' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
