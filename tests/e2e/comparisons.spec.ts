import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
