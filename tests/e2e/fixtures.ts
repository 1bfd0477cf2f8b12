import { expect, test as base, type Page } from '@playwright/test';
import { HARNESS_URL } from '../../playwright.config';

/**
 * The Playwright `test` every spec uses: a page error or a console error/warning fails the spec
 * (after it ran), so a broken chart or a missing translation key cannot pass unnoticed.
 */
export const test = base.extend<{ failOnConsole: undefined; allowedConsole: readonly RegExp[] }>({
  // Console lines a spec causes on purpose (a file it makes the server refuse is logged by the
  // browser as an error): `test.use({ allowedConsole: [/…/] })`.
  allowedConsole: [[], { option: true }],
  // The page arrives prerendered and loads its script on the reader's first sign of presence
  // (src/lib/hydration): navigations to the dashboard give one, as a reader's moving pointer would,
  // and wait until the page is live, so a spec acts on the live page. (What a reader does before
  // that is kept and given again: hydration.spec.ts.)
  page: async ({ page, javaScriptEnabled }, provide) => {
    const whenLive = async () => {
      if (javaScriptEnabled && !page.url().startsWith(HARNESS_URL)) {
        await page.evaluate(() => window.dispatchEvent(new Event('pointermove')));
        await page.waitForFunction(() => document.documentElement.dataset.interactive === 'true');
      }
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await whenLive();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await whenLive();
      return response;
    };
    await provide(page);
  },
  failOnConsole: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // Playwright's own note where a spec keeps the service worker out (the default here).
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        if (allowedConsole.some((allowed) => allowed.test(message.text()))) return;
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
