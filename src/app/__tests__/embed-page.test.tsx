import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { databaseEdition } from '../../features/my-editions/__tests__/editor-fixture';
import { encodeEditionFragment, SCORES_LINK_PREFIX } from '../../features/share/model/edition-link';
import { EmbedPage } from '../embed/embed-page';
import { renderWithProviders } from '../../../tests/utils/render';

const linkBack = (name: RegExp = /Open in Route Atlas/) => screen.getByRole('link', { name });

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

describe('an embed', () => {
  it('shows the routes table alone, in Chinese, with the link back to the full view', async () => {
    renderWithProviders(<EmbedPage />, { lng: 'zh', search: '?embed=table&lang=zh&trend=ai-chips&sort=cost.desc' });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-route-id'))).toEqual(['asic', 'fpga', 'gpu']);
    // No picking in a frame, no site header, nav or footer.
    expect(within(table).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('9 条路线中的 3 条 · 2024 年人工智能三大趋势', { exact: false })).toBeInTheDocument();
    const link = linkBack(/在路线图鉴中打开/);
    expect(link).toHaveAccessibleName('在路线图鉴中打开（在新标签页打开）');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  it("shows one trend's radar, its legend naming that trend's routes", async () => {
    renderWithProviders(<EmbedPage />, { search: '?embed=radar&trend=ai-chips' });
    const radar = await screen.findByRole(
      'figure',
      { name: /^AI chips: each route’s score \(1–5\) per criterion/ },
      { timeout: 5000 },
    );
    expect(
      within(radar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['GPU', 'ASIC', 'FPGA']);
    expect(screen.getAllByRole('figure')).toHaveLength(1);
  });

  it("ranks the link's picks under its weights, as Decide does", async () => {
    renderWithProviders(<EmbedPage />, {
      search: '?embed=decide&sel=gpu,asic&w=cost:10,performance:80,flexibility:10',
    });
    const items = await screen.findAllByRole('listitem', {}, { timeout: 5000 });
    const ranked = items.filter((item) => item.classList.contains('rank'));
    expect(ranked.map((item) => item.getAttribute('data-route-id'))).toEqual(['asic', 'gpu']);
    expect(screen.getByText('Ranked by weights: Cost advantage 10%, Performance 80%, Flexibility 10%')).toBeVisible();
  });

  it('shows a comparison carried in the fragment at once, stored nowhere', async () => {
    window.history.replaceState(null, '', `/#${await encodeEditionFragment(databaseEdition())}`);
    renderWithProviders(<EmbedPage />, { search: '?embed=table&ed=c-test0001' });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Keep a copy' })).toBeNull();
  });
});

describe("an embed of the article with the sharer's edited scores (`#s1.`)", () => {
  const scores = { asic: { cost: { value: 5, rationale: 'We order in volume.' } } };

  it('ranks on them, as the full view did for the sharer', async () => {
    const fragment = await encodeEditionFragment({ edition: '2024', scores }, SCORES_LINK_PREFIX);
    window.history.replaceState(null, '', `/#${fragment}`);
    renderWithProviders(<EmbedPage />, { search: '?embed=decide&trend=ai-chips' });
    const items = await screen.findAllByRole('listitem', {}, { timeout: 5000 });
    const ranked = items.filter((item) => item.classList.contains('rank'));
    expect(ranked[0]?.getAttribute('data-route-id')).toBe('asic');
  });

  it('says so when they cannot be read', async () => {
    const fragment = await encodeEditionFragment({ edition: '2024', scores }, SCORES_LINK_PREFIX);
    window.history.replaceState(null, '', `/#${fragment.slice(0, fragment.length / 2)}`);
    renderWithProviders(<EmbedPage />, { search: '?embed=table' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The edited scores in this link could not be read');
  });
});

describe('an embed of a data file a link names (`src`)', () => {
  const csv = 'Name,Latency,Cost\r\nPostgreSQL,4,4\r\nSQLite,5,5\r\n';

  it('shows the file at once, stored nowhere', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } }))),
    );
    renderWithProviders(<EmbedPage />, {
      search: `?embed=table&src=${encodeURIComponent('https://data.example.test/databases.csv')}`,
    });
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([expect.stringContaining('PostgreSQL'), expect.stringContaining('SQLite')]);
    expect(screen.queryByRole('button', { name: 'Keep a copy' })).toBeNull();
  });

  it('says so when the file cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('Not Found', { status: 404 }))),
    );
    renderWithProviders(<EmbedPage />, {
      search: `?embed=radar&src=${encodeURIComponent('https://data.example.test/gone.csv')}`,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The data file this link names could not be read here');
  });
});

describe('an embed that cannot show its part says so in the frame', () => {
  it.each([
    ['?embed=chart', /“chart” is not a part Route Atlas can embed/],
    ['?embed=radar', /A radar embed draws one trend: add trend= with one of generative-ai \(Generative AI\)/],
    ['?embed=radar&trend=ai-chips,generative-ai', /keep one of .* in trend=/],
    ['?embed=radar&trend=quantum', /This edition has no such trend\. Its trends are generative-ai/],
    ['?embed=table&ed=c-kept-elsewhere', /The edition “c-kept-elsewhere” is not here/],
  ])('%s', async (search, message) => {
    renderWithProviders(<EmbedPage />, { search });
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(linkBack()).toBeVisible();
  });

  it('a fragment cut in half', async () => {
    const fragment = await encodeEditionFragment(databaseEdition());
    window.history.replaceState(null, '', `/#${fragment.slice(0, fragment.length / 2)}`);
    renderWithProviders(<EmbedPage />, { lng: 'zh', search: '?embed=radar&ed=c-test0001' });
    expect(await screen.findByRole('alert')).toHaveTextContent('无法读取此链接中的对比：链接被截断或改动过。');
  });
});
