import { expect, test } from './fixtures';

// The server refusing a chunk is logged by the browser itself, as a console error.
test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404/] });

// On a phone the charts are far below the fold: they load after the prerendered page has hydrated.
// On a desktop they are near from the start and load while it hydrates: a failure then must not
// make React throw the prerendered page away and render it afresh (a console warning, which fails
// the spec).
for (const { device, width, height } of [
  { device: 'a phone', width: 390, height: 844 },
  { device: 'a desktop', width: 1440, height: 900 },
]) {
  test(`on ${device}, a chart chunk that returns 404 says it could not load, and one Try again draws every radar once the file is there`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    let refuse = true;
    let requests = 0;
    await page.route(/\/assets\/score-radar-[^/]+\.js$/, async (route) => {
      requests += 1;
      if (refuse) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
      else await route.continue();
    });
    await page.goto('./');
    await page.locator('#charts').scrollIntoViewIfNeeded();
    const alerts = page.locator('#charts').getByRole('alert');
    await expect(alerts).toHaveCount(3);
    await expect(alerts).toContainText([
      'Generative AI radar could not load',
      'AI chips radar could not load',
      'Multimodal learning radar could not load',
    ]);
    await expect(alerts.first()).toContainText('Its code did not arrive; the network may be down.');
    // One failed request per attempt, not a loop of them.
    const afterFailure = requests;
    await page.waitForTimeout(500);
    expect(requests).toBe(afterFailure);
    // The page stays whole: the routes list still answers (the cards, on a phone; the table, wider).
    await expect(page.locator('#routes-list [data-route-id]')).toHaveCount(9);

    refuse = false;
    // One Try again loads the chunk anew for every radar that missed it.
    await alerts.first().getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#charts figure.radar svg.recharts-surface')).toHaveCount(3);
    await expect(alerts).toHaveCount(0);
  });
}

test('after a new version is deployed, a chunk that is gone offers the reload instead of failing', async ({ page }) => {
  let deployed = false;
  await page.route(/\/assets\/compare-view-[^/]+\.js$/, async (route) => {
    if (deployed) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    else await route.continue();
  });
  // The new version's page names another entry script.
  await page.route(/\?version-check=/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/assets\/index-[^"]+\.js/, 'assets/index-NEWVERSION.js');
    await route.fulfill({ response, body: html });
  });
  await page.goto('./?sel=gpu,asic');
  deployed = true;
  await page.getByRole('link', { name: 'Compare' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not load' });
  await expect(alert).toContainText('A new version of Route Atlas was published while this page was open');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'A new version of Route Atlas is ready.' })).toBeVisible();

  deployed = false;
  await alert.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.interactive === 'true');
  await expect(page.getByRole('heading', { name: 'Compare' })).toBeVisible();
});
