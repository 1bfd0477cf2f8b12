import { expect, test as base, type Page } from '@playwright/test';

/**
 * The Playwright `test` every spec uses: a page error or a console error/warning fails the spec
 * (after it ran), so a broken chart or a missing translation key cannot pass unnoticed.
 */
export const test = base.extend<{ failOnConsole: undefined }>({
  failOnConsole: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console.${message.type()}: ${message.text()}`);
      });
      await use(undefined);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Scrolls the explore view's charts section into view: the trend radars load and draw only when
 * the reader comes near them.
 */
export async function revealCharts(page: Page): Promise<void> {
  await page.locator('#charts').scrollIntoViewIfNeeded();
  await expect(page.locator('#charts .radar--placeholder')).toHaveCount(0);
}

export { expect };
