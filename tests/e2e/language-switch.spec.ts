import { expect, test } from './fixtures';

// The language switch translates the page in a transition: choices made before it shows must not
// be lost or undo it.
test.describe('choices made before the new language shows', () => {
  test.use({ locale: 'zh-CN' });
  test.beforeEach(async ({ page }) => {
    await page.goto('./?lang=zh');
    await page.mouse.move(10, 10);
    await page.waitForFunction(() => document.documentElement.dataset.interactive === 'true');
  });

  test('English then 中文 at once ends in Chinese, in the page, the switch and the address', async ({ page }) => {
    // The second click in the next task, before the page has rendered the first one's language.
    await page.evaluate(() => {
      const button = (name: string) =>
        [...document.querySelectorAll<HTMLButtonElement>('.language-switch button')].find(
          (candidate) => candidate.textContent === name,
        );
      button('English')?.click();
      setTimeout(() => button('中文')?.click(), 0);
    });
    await page.waitForTimeout(500);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: '中文', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024 年人工智能领域的三大发展趋势分析');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
  });

  test('a sort clicked at once after switching keeps the new language', async ({ page }) => {
    await page.evaluate(() => {
      [...document.querySelectorAll<HTMLButtonElement>('.language-switch button')]
        .find((candidate) => candidate.textContent === 'English')
        ?.click();
      const sort = [...document.querySelectorAll('thead th')]
        .find((th) => th.textContent.startsWith('性能'))
        ?.querySelector('button');
      setTimeout(() => sort?.click(), 0);
    });
    await expect(page.getByRole('columnheader', { name: /^Performance/ })).toHaveAttribute('aria-sort', 'ascending');
    await page.waitForTimeout(500);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const params = new URL(page.url()).searchParams;
    expect(params.get('lang')).toBe('en');
    expect(params.get('sort')).toBe('performance.asc');
  });
});
