import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The browser logs a refused file (404) as a console error; that is the case under test.
test.use({ allowedConsole: [/status of 404/] });

const HOST = 'https://data.example.test';

/** Serves `path` on another origin, with CORS allowed, as a raw file host does. */
async function serve(page: Page, path: string, status: number, body: string, contentType: string) {
  await page.route(`${HOST}${path}`, (route) =>
    route.fulfill({ status, body, contentType, headers: { 'access-control-allow-origin': '*' } }),
  );
}

test('?src= opens a CSV from another host as a preview, then shows it without storing it', async ({ page }) => {
  await serve(page, '/team/databases.csv', 200, 'Name,Latency,Cost\r\nPostgreSQL,4,4\r\nSQLite,5,5\r\n', 'text/csv');
  await page.goto(`./?src=${encodeURIComponent(`${HOST}/team/databases.csv`)}`);
  const preview = page.getByRole('group', { name: 'A comparison shared with you' });
  await expect(preview).toContainText('databases');
  await expect(preview).toContainText('Criteria: Latency, Cost');
  await expect(preview).toContainText('2 routes');
  await preview.getByRole('button', { name: 'Just look' }).click();
  await expect(page.locator('table tbody tr[data-route-id]')).toHaveCount(2);
  await expect(page.getByText('You are looking at a shared comparison')).toBeVisible();
});

test('?src= opens a data file (JSON) and keeps a copy', async ({ page }) => {
  const edition = {
    kind: 'user',
    id: 'team-radar',
    title: { en: 'Team radar' },
    introduction: {},
    author: 'Platform team',
    criteria: [
      { id: 'speed', label: { en: 'Speed' }, definition: {}, scale: { low: {}, high: {} } },
      { id: 'cost', label: { en: 'Cost' }, definition: {}, scale: { low: {}, high: {} } },
    ],
    trends: [],
    tags: [],
    routes: ['alpha', 'beta', 'gamma'].map((id, index) => ({
      id,
      name: { en: id.toUpperCase() },
      strengths: [],
      weaknesses: [],
      tags: [],
      examples: [],
      scores: { speed: { value: index + 1, cites: [] }, cost: { value: 5 - index, cites: [] } },
    })),
    presets: [],
  };
  await serve(page, '/radar.json', 200, JSON.stringify(edition), 'application/json');
  await page.goto(`./?src=${encodeURIComponent(`${HOST}/radar.json`)}`);
  const preview = page.getByRole('group', { name: 'A comparison shared with you' });
  await expect(preview).toContainText('Team radar · From Platform team');
  await expect(preview).toContainText('3 routes');
  await preview.getByRole('button', { name: 'Keep a copy' }).click();
  await expect(page.locator('table tbody tr[data-route-id]')).toHaveCount(3);
  expect(new URL(page.url()).searchParams.has('src')).toBe(false);
  await page.reload();
  await expect(page.locator('table tbody tr[data-route-id]')).toHaveCount(3);
});

test('?src= naming a missing file says what happened and how to publish a raw file', async ({ page }) => {
  await serve(page, '/gone.json', 404, 'Not Found', 'text/plain');
  await page.goto(`./?src=${encodeURIComponent(`${HOST}/gone.json`)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The host answered 404');
  await expect(alert).toContainText('raw.githubusercontent.com');
  await expect(page.locator('table tbody tr[data-route-id]')).toHaveCount(9);
});

test('?src= over plain http to another host is refused before any request', async ({ page }) => {
  let requested = false;
  await page.route('http://data.example.test/**', (route) => {
    requested = true;
    return route.abort();
  });
  await page.goto(`./?src=${encodeURIComponent('http://data.example.test/radar.json')}`);
  await expect(page.getByRole('alert')).toContainText('only https works');
  expect(requested).toBe(false);
});
