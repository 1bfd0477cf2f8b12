import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, revealCharts, test } from './fixtures';

const routeRows = (page: Page) => page.locator('table tbody tr[data-route-id]');

/** Every axe violation (whatever its impact), one line each, so a failure names rule and element. */
async function axe(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const focusedTag = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active && active !== document.body ? active.tagName.toLowerCase() : 'body';
  });

const mixedCsv = {
  name: 'mixed.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('Name,Cost,Performance,Flexibility\r\nAlpha,3,3,3\r\nBeta,7,3,3\r\n'),
};

for (const lng of ['en', 'zh'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${lng}, ${theme} theme`, () => {
      // The operating system asks for the other scheme: the theme the reader picked must win.
      test.use({ locale: lng === 'en' ? 'en-US' : 'zh-CN', colorScheme: theme === 'light' ? 'dark' : 'light' });

      test('axe finds no violations in any view, dialog or menu', async ({ page }) => {
        test.setTimeout(120_000);
        // Clipboard refused, so the share and export fallbacks (a link to copy, a failure message) show.
        await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
        await page.goto('./');
        await expect(routeRows(page)).toHaveCount(9);
        const themes = page.locator('.site-header .segmented').nth(1);
        await themes
          .getByRole('button')
          .nth(theme === 'light' ? 0 : 1)
          .click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(theme === 'light' ? 'rgb(246, 247, 249)' : 'rgb(15, 20, 27)');

        // Explore: picks, a hidden legend entry (drawn muted), a tag filter with its chip, a search
        // with highlighted matches, an expanded row, and the share fallback.
        await page.getByRole('checkbox').nth(0).check();
        await page.getByRole('checkbox').nth(3).check();
        await revealCharts(page);
        await expect(page.locator('figure.radar svg.recharts-surface')).toHaveCount(3);
        await page.locator('figure.radar').nth(1).getByRole('listitem').first().getByRole('button').click();
        await page.locator('.filters .toggle-group .toggle').first().click();
        await page.getByRole('searchbox').fill('a');
        await page.locator('.expand-button').first().click();
        await page.locator('.copy-link button').click();
        await expect(page.locator('.copy-link__fallback input')).toBeVisible();
        expect(await axe(page)).toEqual([]);

        // Each menu of the table on its own (they overlap when open together).
        for (const index of [0, 1, 2]) {
          const menu = page.locator('.filters details.menu').nth(index);
          await menu.locator('summary').click();
          await expect(menu).toHaveAttribute('open', '');
          if (index === 2) {
            await menu.getByRole('button').first().click();
            await expect(menu.getByRole('status')).not.toBeEmpty();
          }
          expect(await axe(page, '#routes')).toEqual([]);
          await menu.locator('summary').click();
        }

        // Nothing matches: the table's empty state and the empty radars.
        await page.getByRole('searchbox').fill('zzzz-no-such-route');
        await expect(routeRows(page)).toHaveCount(0);
        // The radars follow the table once they are in view again.
        await page.locator('#charts').scrollIntoViewIfNeeded();
        await expect(page.locator('figure.radar--empty')).toHaveCount(3);
        expect(await axe(page)).toEqual([]);

        // Compare with a baseline (coloured differences) and a broken link's notice; with one route.
        await page.goto('./?view=compare&sel=gpu,asic,llm-pretraining&base=gpu&sort=nope.asc');
        await expect(page.locator('figure.radar svg.recharts-surface')).toBeVisible();
        await expect(page.locator('.url-notice')).toBeVisible();
        expect(await axe(page)).toEqual([]);
        await page.goto('./?view=compare&sel=gpu');
        await expect(page.locator('.empty-panel')).toBeVisible();
        expect(await axe(page)).toEqual([]);

        // Decide, on picked routes and on the filtered table.
        await page.goto('./?view=decide&sel=gpu,asic,llm-pretraining&w=cost:10,performance:60,flexibility:30');
        await expect(page.locator('.ranking > li')).toHaveCount(3);
        expect(await axe(page)).toEqual([]);
        await page.goto('./?view=decide&trend=ai-chips');
        await expect(page.locator('.ranking > li')).toHaveCount(3);
        expect(await axe(page)).toEqual([]);

        // The import dialog: empty, refusing a file, then reviewing one with problems.
        await page.goto('./?trend=ai-chips');
        await page.locator('.filters button[aria-haspopup="dialog"]').click();
        const dialog = page.getByRole('dialog');
        await expect(dialog.locator('.dropzone')).toBeVisible();
        expect(await axe(page)).toEqual([]);
        await dialog.locator('input[type=file]').setInputFiles({
          name: 'picture.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x00, 0xff]),
        });
        await expect(dialog.getByRole('alert')).toBeVisible();
        expect(await axe(page)).toEqual([]);
        await dialog.locator('input[type=file]').setInputFiles(mixedCsv);
        await expect(dialog.getByRole('list')).toBeVisible();
        expect(await axe(page)).toEqual([]);

        // My routes: the status message, the edition picker, the score editor refusing a blank
        // rationale, and the remove-all confirmation.
        await dialog.locator('.dialog__actions .button--primary').click();
        await expect(dialog).toBeHidden();
        await expect(page.locator('.status-toast--visible')).toBeVisible();
        await page.locator('.expand-button').first().click();
        await page.locator('.rationale__actions button').first().click();
        await page.locator('.score-editor textarea').fill('');
        await page.locator('.score-editor button[type=submit]').click();
        await expect(page.locator('.score-editor__error')).toBeVisible();
        await page.locator('.hero button').click();
        await expect(page.locator('.confirm')).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    });
  }
}

test.describe('keyboard alone', () => {
  test('switches language and theme from the header, and focus stays on the switch', async ({ page }) => {
    await page.goto('./');
    await expect(routeRows(page)).toHaveCount(9);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the routes table' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'New comparison' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Tab');
    const chinese = page.getByRole('button', { name: '中文' });
    await expect(chinese).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024 年人工智能领域的三大发展趋势分析');
    await expect(chinese).toHaveAttribute('aria-pressed', 'true');
    await expect(chinese).toBeFocused();

    await page.keyboard.press('Tab');
    const english = page.getByRole('button', { name: 'English' });
    await expect(english).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'An Analysis of Three Major Development Trends in Artificial Intelligence in 2024',
    );
    await expect(english).toBeFocused();

    const themes = page.getByRole('group', { name: 'Theme' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.keyboard.press('Tab');
    await expect(themes.getByRole('button', { name: 'Light' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(themes.getByRole('button', { name: 'Dark' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(15, 20, 27)');
    await expect(themes.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    await expect(themes.getByRole('button', { name: 'Dark' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe('rgb(246, 247, 249)');
    await expect(themes.getByRole('button', { name: 'Light' })).toBeFocused();
    // The switch keeps working in the other language, under its translated names.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(chinese).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: '主题' }).getByRole('button', { name: '浅色' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '跟随系统' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: '跟随系统' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('focus is never lost: views from the nav, a language switch, the import dialog closed three ways', async ({
    page,
  }) => {
    await page.goto('./?sel=gpu,asic');
    await expect(routeRows(page)).toHaveCount(9);
    const nav = page.getByRole('navigation', { name: 'Views' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Explore' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: /^Compare/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare routes' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(nav.getByRole('link', { name: 'Decide' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Decide' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(nav.getByRole('link', { name: 'Explore' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Routes' })).toBeFocused();

    // A language switch leaves focus on the switch, wherever the reader was.
    await page.getByRole('button', { name: '中文' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '技术路线' })).toBeVisible();
    expect(await focusedTag(page)).toBe('button');
    await expect(page.getByRole('button', { name: '中文' })).toBeFocused();

    const importButton = page.getByRole('button', { name: '导入…' });
    const dialog = page.getByRole('dialog', { name: '导入技术路线' });
    // Escape.
    await importButton.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: '选择文件…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(importButton).toBeFocused();
    // The dialog's Close button, reached by Tab.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(importButton).toBeFocused();
    // Import: a native file chooser is outside the page, so the file is handed to its input.
    await page.keyboard.press('Enter');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'one.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('名称,成本,性能,灵活性\r\n储能方案,4,3,2\r\n'),
    });
    const confirm = dialog.getByRole('button', { name: '导入 1 条有效路线' });
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(routeRows(page)).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: '技术路线' })).toBeFocused();

    // Remove all my routes: "Keep them" returns to the button, "Remove all" to the page's content.
    const removeAll = page.getByRole('button', { name: '移除全部我的路线' });
    await removeAll.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '保留' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(removeAll).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: '全部移除' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(routeRows(page)).toHaveCount(9);
    await expect(page.getByRole('main')).toBeFocused();
  });
});

for (const lng of ['en', 'zh'] as const) {
  test(`the radars' text alternative gives every score, in ${lng}`, async ({ page }) => {
    await page.goto(`./?lang=${lng}`);
    await revealCharts(page);
    const figure = page.getByRole('figure', { name: lng === 'en' ? /^AI chips routes/ : /^AI 芯片各路线/ });
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    await expect(figure).toHaveAccessibleDescription(
      lng === 'en'
        ? 'GPU: Cost advantage 1, Performance 4, Flexibility 5. ' +
            'ASIC: Cost advantage 3, Performance 5, Flexibility 1. ' +
            'FPGA: Cost advantage 2, Performance 3, Flexibility 4.'
        : // One paragraph per route: the accessible description joins them with a space.
          'GPU：成本优势 1 分、性能 4 分、灵活性 5 分。 ' +
            'ASIC：成本优势 3 分、性能 5 分、灵活性 1 分。 ' +
            'FPGA：成本优势 2 分、性能 3 分、灵活性 4 分。',
    );
    // The drawing itself (ring numbers, axis labels) stays out of the accessibility tree.
    await expect(figure.locator('.radar__chart')).toHaveAttribute('aria-hidden', 'true');
    await expect(figure.getByRole('button', { name: 'GPU' })).toBeVisible();
  });
}

test.describe('reduced motion', () => {
  const motion = async (page: Page) => {
    // Counts redraws of the radar polygons after they first appear: an animation redraws them per frame.
    await page.addInitScript(() => {
      const counter = window as unknown as { polygonRedraws: number };
      counter.polygonRedraws = 0;
      new MutationObserver((records) => {
        for (const record of records) {
          if ((record.target as Element).closest('.recharts-radar-polygon')) counter.polygonRedraws += 1;
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['d', 'points'] });
    });
    await page.goto('./');
    await revealCharts(page);
    await expect(page.locator('.recharts-radar-polygon')).toHaveCount(9);
    // Five picks: the refusal shows in the status toast, which fades in.
    for (const index of [0, 1, 2, 3]) await page.getByRole('checkbox').nth(index).check();
    await page.getByRole('checkbox').nth(4).click();
    await expect(page.getByRole('checkbox').nth(4)).not.toBeChecked();
    await expect(page.locator('.status-toast--visible').first()).toBeVisible();
    // Longer than recharts' default animation (1.5 s), so a running one would have redrawn.
    await page.waitForTimeout(1600);
    return page.evaluate(() => {
      const durations = new Set<string>();
      for (const element of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          durations.add(`transition ${style.transitionDuration}`);
          durations.add(`animation ${style.animationDuration}`);
        }
      }
      return {
        durations: [...durations].sort(),
        toast: getComputedStyle(document.querySelector('.status-toast')!).transitionDuration,
        polygonRedraws: (window as unknown as { polygonRedraws: number }).polygonRedraws,
      };
    });
  };

  test('prefers-reduced-motion: reduce turns every transition, animation and the radar animation off', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion(page)).toEqual({
      durations: ['animation 0s', 'transition 0s'],
      toast: '0s',
      polygonRedraws: 0,
    });
  });

  test('without the preference the toast fades and the radars animate', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const result = await motion(page);
    expect(result.toast).toBe('0.2s');
    expect(result.durations).toContain('transition 0.2s');
    expect(result.polygonRedraws).toBeGreaterThan(9);
  });
});
