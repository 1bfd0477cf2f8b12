import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

const TEXT = {
  en: {
    skip: 'Skip to the routes table',
    sortBy: 'Sort by',
    menus: ['Score ranges', 'Columns', 'Export'],
    added: '3 routes added to My routes and stored in this browser.',
    limit: 'You can compare up to 4 routes. Remove one before adding FPGA.',
    decide: 'Decide',
    compare: 'Compare',
    explore: 'Explore',
    offline: 'Route Atlas is ready to work offline.',
  },
  zh: {
    skip: '跳到技术路线表',
    sortBy: '排序方式',
    menus: ['分数范围', '列', '导出'],
    added: '已将 3 条路线加入“我的路线”，并保存在此浏览器中。',
    // The page spaces Latin words inside Chinese text.
    limit: '最多只能比较 4 条路线。请先移除一条，再添加 FPGA。',
    decide: '决策',
    compare: '比较',
    explore: '浏览',
    offline: '路线图鉴已可离线使用。',
  },
} as const;

const cards = (page: Page) => page.locator('.route-tile');

/** Every axe violation, one line each. */
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** How far the page reaches past the screen's right edge, in px (0: no sideways scroll). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The controls and headings a notice lies over, by their text: it must be none. Elements inside
 * the notice itself, and ones hidden or off screen, do not count.
 */
async function coveredBy(notice: Locator): Promise<string[]> {
  return notice.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const selector = 'button, a[href], input, select, textarea, summary, [role="slider"], h1, h2, h3, h4, th';
    return [...document.querySelectorAll(selector)]
      .filter((element) => !node.contains(element) && element.checkVisibility({ opacityProperty: true }))
      .filter((element) => {
        const other = element.getBoundingClientRect();
        if (other.width === 0 || other.height === 0) return false;
        return other.left < box.right && other.right > box.left && other.top < box.bottom && other.bottom > box.top;
      })
      .map((element) => `${element.tagName.toLowerCase()} ${element.textContent.trim().slice(0, 40)}`);
  });
}

/** Elements whose text is cut: wider or taller than their box where they clip, or past the screen's edges. */
async function clippedText(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const cut: string[] = [];
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.closest('.sr-only, svg')) continue;
      const hasText = [...element.childNodes].some((child) => child.nodeType === 3 && child.textContent?.trim());
      if (!hasText) continue;
      const box = element.getBoundingClientRect();
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (
        box.left < -1 ||
        box.right > window.innerWidth + 1 ||
        (clips && element.scrollWidth > element.clientWidth + 1)
      )
        cut.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 40)}`);
    }
    return cut;
  });
}

for (const lng of ['en', 'zh'] as const) {
  test.describe(`a 390 px phone, ${lng}`, () => {
    test.use({ viewport: PHONE, locale: lng === 'en' ? 'en-US' : 'zh-CN' });
    const text = TEXT[lng];

    test('the routes show as cards: no sideways scroll, scores in view, at least five cards on one screen', async ({
      page,
    }) => {
      await page.goto('./');
      await expect(cards(page)).toHaveCount(9);
      await expect(page.getByRole('table')).toHaveCount(0);
      expect(await sidewaysOverflow(page)).toBe(0);
      // The list starts at the top of the screen: five whole cards fit below it.
      await cards(page)
        .first()
        .evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY));
      const inView = await cards(page).evaluateAll(
        (all) => all.filter((card) => card.getBoundingClientRect().bottom <= window.innerHeight).length,
      );
      expect(inView).toBeGreaterThanOrEqual(5);
      // Every score and its bar lie within the screen's width.
      const scoreEdges = await page
        .locator('.route-tile .score')
        .evaluateAll((scores) => scores.map((score) => score.getBoundingClientRect().right));
      expect(scoreEdges).toHaveLength(36);
      expect(Math.max(...scoreEdges)).toBeLessThanOrEqual(PHONE.width);
      // The page scrolls, the list does not scroll inside a box of its own.
      const inner = await page
        .locator('#routes-list *')
        .evaluateAll(
          (all) =>
            all.filter(
              (node) =>
                node.scrollHeight > node.clientHeight + 1 &&
                ['auto', 'scroll'].includes(getComputedStyle(node).overflowY),
            ).length,
        );
      expect(inner).toBe(0);
    });

    test('cards sort, filter and pick like the table, and Compare stacks the routes with no clipped text', async ({
      page,
    }) => {
      await page.goto('./');
      await page.getByLabel(text.sortBy).selectOption('performance');
      await expect(cards(page).first()).toHaveAttribute('data-route-id', 'task-fine-tuning');
      await page
        .getByRole('group', { name: lng === 'en' ? 'Trend' : '趋势' })
        .getByRole('button')
        .nth(2)
        .click();
      await expect(cards(page)).toHaveCount(3);
      for (const index of [0, 1, 2]) await cards(page).nth(index).getByRole('checkbox').check();
      await page.getByRole('link', { name: new RegExp(`^${text.compare}`) }).click();
      await expect(page.locator('.route-stack__item')).toHaveCount(3);
      await expect(page.locator('.route-stack__item').first()).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await clippedText(page.locator('.view'))).toEqual([]);
      expect(await axe(page)).toEqual([]);
    });

    test('every menu closes on Escape and gives focus back to its button', async ({ page }) => {
      await page.goto('./');
      for (const name of text.menus) {
        const summary = page.locator('.filters summary', { hasText: name });
        const menu = summary.locator('..');
        await summary.focus();
        await page.keyboard.press('Enter');
        await expect(menu).toHaveAttribute('open', '');
        // The panel's controls (Score ranges' sliders load when it first opens), then into it and
        // out with Escape.
        await expect(menu.locator('.menu__panel').locator('button, input, [role="slider"]').first()).toBeVisible();
        await page.keyboard.press('Tab');
        await expect(menu.locator('.menu__panel :focus')).toHaveCount(1);
        // An open panel stays on screen.
        expect(await sidewaysOverflow(page)).toBe(0);
        await page.keyboard.press('Escape');
        await expect(menu).not.toHaveAttribute('open');
        await expect(summary).toBeFocused();
      }
      // Opening one closes another, so two panels never lie over each other.
      await page.locator('.filters summary', { hasText: text.menus[0] }).click();
      await page.locator('.filters summary', { hasText: text.menus[1] }).click();
      await expect(page.locator('.filters details[open]')).toHaveCount(1);
    });

    test('a skip link leads to the routes; their sort and first pick are a few Tabs on', async ({ page }) => {
      await page.goto('./');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: text.skip })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#routes-list')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(text.sortBy)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(cards(page).first().getByRole('checkbox')).toBeFocused();
    });

    test('notices lie over nothing and stay in the view they were raised in', async ({ page }) => {
      await page.goto('./');
      // A fifth pick is refused beside the picks.
      for (const id of ['gpu', 'asic', 'llm-pretraining', 'lightweight-models', 'fpga'])
        await page.locator(`.route-tile[data-route-id="${id}"] input[type=checkbox]`).click();
      const limit = page.getByRole('status').filter({ hasText: text.limit });
      await expect(limit).toBeVisible();
      await limit.scrollIntoViewIfNeeded();
      expect(await coveredBy(limit)).toEqual([]);
      await page.getByRole('link', { name: new RegExp(`^${text.compare}`) }).click();
      await expect(page.locator('.route-stack__item')).toHaveCount(4);
      await expect(page.getByText(text.limit)).toHaveCount(0);

      // An import's news shows above the routes list, and is gone in Decide.
      await page.getByRole('link', { name: text.explore }).click();
      await page.locator('.filters button[aria-haspopup="dialog"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'three.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Name,Cost,Performance,Flexibility\r\nAlpha,3,3,3\r\nBeta,4,2,3\r\nGamma,2,5,1\r\n'),
      });
      await dialog.locator('.dialog__actions .button--primary').click();
      await expect(dialog).toBeHidden();
      const added = page.getByRole('status').filter({ hasText: text.added });
      await expect(added).toBeVisible();
      expect(await coveredBy(added)).toEqual([]);
      await page.getByRole('link', { name: text.decide }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(text.added)).toHaveCount(0);
      expect(await sidewaysOverflow(page)).toBe(0);
    });

    test('axe finds no violations in the cards and an open card, light and dark', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto('./?v=1&sel=gpu,asic&base=gpu');
      await cards(page).nth(4).getByRole('button').click();
      await expect(page.locator('.route-tile .route-details')).toHaveCount(1);
      const themes = page.locator('.site-header .segmented').nth(1).getByRole('button');
      for (const index of [0, 1]) {
        await themes.nth(index).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', index === 0 ? 'light' : 'dark');
        expect(await axe(page)).toEqual([]);
      }
    });
  });
}

test.describe('the offline notice on a phone', () => {
  test.use({ viewport: PHONE, serviceWorkers: 'allow' });
  test('says its piece in the footer, over nothing', async ({ page }) => {
    // Installing caches the whole build: slow on a busy machine.
    test.setTimeout(120_000);
    await page.goto('./');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const notice = page.locator('.site-footer').getByRole('status').filter({ hasText: TEXT.en.offline });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    expect(await notice.evaluate((node) => getComputedStyle(node).position)).toBe('static');
    await notice.scrollIntoViewIfNeeded();
    expect(await coveredBy(notice)).toEqual([]);
    await expect(page.getByText(TEXT.en.offline)).toHaveCount(1);
  });
});

test('on a wide screen the skip link leads to the table, whose controls are at most 10 Tabs on', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: TEXT.en.skip })).toBeFocused();
  await page.keyboard.press('Enter');
  const reached: string[] = [];
  for (let tab = 1; tab <= 10; tab++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('aria-label') ?? active?.textContent.trim() ?? '';
      }),
    );
  }
  // Every sort header, then the first route's pick.
  expect(reached).toEqual([
    'Route',
    'Trend',
    'Cost advantage',
    'Performance',
    'Flexibility',
    'Overall',
    'Strengths',
    'Weaknesses',
    'Tags',
    'Select Large-model pretraining',
  ]);
});
