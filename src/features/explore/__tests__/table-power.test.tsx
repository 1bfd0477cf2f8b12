import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import { parseEdition } from '../../../domain/edition/issues';
import { COLUMN_VISIBILITY_KEY } from '../../../lib/storage/keys';
import { editionJson } from '../../../../tests/utils/edition';
import { renderWithProviders } from '../../../../tests/utils/render';

const table = () => screen.getByRole('table', { name: /Technology routes|中的技术路线/ });
const rowIds = () =>
  [...table().querySelectorAll('tbody tr[data-route-id]')].map((row) => row.getAttribute('data-route-id'));

describe('facets, ranges and chips', () => {
  it('filters by tag and score range with live counts, shows chips, and resets all', async () => {
    const { user, params } = renderWithProviders(<App />);
    const tags = screen.getByRole('group', { name: 'Tags' });
    // Large-scale: pretraining, ASIC and the cross-modal transformer.
    await user.click(within(tags).getByRole('button', { name: 'Large-scale: 3 routes if selected' }));
    expect(rowIds()).toEqual(['llm-pretraining', 'asic', 'cross-modal-transformer']);
    // Trend counts follow the tag filter.
    expect(screen.getByRole('group', { name: 'Trend' })).toHaveTextContent(
      'All (3)Generative AI (1)AI chips (1)Multimodal learning (1)',
    );

    await user.click(screen.getByText('Score ranges'));
    // The sliders load when the menu first opens.
    const costLow = await screen.findByRole('slider', { name: 'Cost advantage: lowest' }, { timeout: 10_000 });
    costLow.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // Cost 3 to 5 leaves ASIC (3) only (pretraining and the cross-modal Transformer have 1); the tag counts follow
    // the range.
    expect(rowIds()).toEqual(['asic']);
    expect(within(tags).getByRole('button', { name: 'Low power: 1 route if selected' })).toBeInTheDocument();
    expect(params()).toMatchObject({ tag: 'large-scale', range: 'cost:3-5' });

    const chips = screen.getByRole('group', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Tag: Large-scale ✕', 'Cost advantage 3–5 ✕', 'Reset all']);
    await user.click(within(chips).getByRole('button', { name: 'Remove filter: Tag: Large-scale' }));
    // Cost 3–5 without the tag: fine-tuning 5, lightweight 3, ASIC 3, contrastive 4, domain-specific 3.
    expect(rowIds()).toEqual([
      'task-fine-tuning',
      'lightweight-models',
      'asic',
      'contrastive-learning',
      'domain-specific-multimodal',
    ]);
    await user.click(
      within(screen.getByRole('group', { name: 'Active filters' })).getByRole('button', { name: 'Reset all' }),
    );
    expect(rowIds()).toHaveLength(9);
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(params()).toEqual({ v: '1' });
  });
});

describe('columns, details and groups', () => {
  it('hides a column and remembers it across visits', async () => {
    const first = renderWithProviders(<App />);
    await first.user.click(screen.getByText('Columns', { selector: 'summary' }));
    await first.user.click(screen.getByRole('checkbox', { name: 'Strengths' }));
    expect(within(table()).queryByRole('columnheader', { name: /^Strengths/ })).not.toBeInTheDocument();
    expect(screen.getByText('Columns (1 hidden)')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(COLUMN_VISIBILITY_KEY) ?? '{}')).toEqual({ strengths: false });
    first.unmount();
    renderWithProviders(<App />);
    expect(within(table()).queryByRole('columnheader', { name: /^Strengths/ })).not.toBeInTheDocument();
    expect(within(table()).getByRole('columnheader', { name: /^Weaknesses/ })).toBeInTheDocument();
  });

  it('never hides the route column, whatever storage says', () => {
    window.localStorage.setItem(COLUMN_VISIBILITY_KEY, '{"route": false, "tags": false}');
    renderWithProviders(<App />);
    expect(within(table()).getByRole('columnheader', { name: /^Route/ })).toBeInTheDocument();
    expect(within(table()).queryByRole('columnheader', { name: /^Tags/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select GPU' })).toBeInTheDocument();
  });

  it('discards corrupt stored columns with a notice and shows every column', () => {
    window.localStorage.setItem(COLUMN_VISIBILITY_KEY, '{"strengths": "nope"');
    renderWithProviders(<App />);
    expect(
      screen.getByText(/saved column choice in this browser \(route-atlas.columns\) could not be read/),
    ).toBeVisible();
    expect(within(table()).getByRole('columnheader', { name: /^Strengths/ })).toBeInTheDocument();
    expect(window.localStorage.getItem(COLUMN_VISIBILITY_KEY)).toBeNull();
  });

  it('expands a row to show every score’s rationale and its cited clauses', async () => {
    const { user } = renderWithProviders(<App />);
    const toggle = screen.getByRole('button', { name: 'Details of GPU' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(details).getByText('Also called')).toBeInTheDocument();
    expect(
      within(details)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Cost advantage1', 'Performance4', 'Flexibility5']);
    expect(details).toHaveTextContent('Expensive');
    await user.click(toggle);
    expect(document.getElementById('details-gpu')).toBeNull();
  });

  it('groups rows by trend with each group’s mean scores', async () => {
    const { user } = renderWithProviders(<App />, { search: '?sort=performance.desc' });
    await user.click(screen.getByRole('button', { name: 'Group by trend' }));
    const groups = within(table())
      .getAllByRole('columnheader')
      .filter((cell) => cell.getAttribute('scope') === 'colgroup')
      .map((cell) => cell.textContent);
    // Groups follow the sort: fine-tuning (5) leads generative AI; means over each trend's routes.
    expect(groups).toEqual([
      'Generative AI3 routesMeans: Cost advantage 3.0 · Performance 4.0 · Flexibility 3.0 · Overall 3.3',
      'AI chips3 routesMeans: Cost advantage 2.0 · Performance 4.0 · Flexibility 3.3 · Overall 3.1',
      'Multimodal learning3 routesMeans: Cost advantage 2.7 · Performance 4.3 · Flexibility 3.7 · Overall 3.6',
    ]);
    expect(rowIds().slice(0, 3)).toEqual(['task-fine-tuning', 'llm-pretraining', 'lightweight-models']);
  });
});

describe('bilingual search', () => {
  it('finds 轻量化模型 by pinyin and by initials, and highlights the matched characters', async () => {
    const { user } = renderWithProviders(<App />, { lng: 'zh' });
    await user.type(screen.getByRole('searchbox', { name: '搜索技术路线' }), 'qinglianghua');
    await waitFor(() => expect(rowIds()).toEqual(['lightweight-models']));
    await user.clear(screen.getByRole('searchbox', { name: '搜索技术路线' }));
    await user.type(screen.getByRole('searchbox', { name: '搜索技术路线' }), 'qlh');
    await waitFor(() => expect(rowIds()).toEqual(['lightweight-models']));
    expect([...table().querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['轻量化']);
  });

  it('case 3: ５Ｇ finds 5G 基站方案 and ａｉ finds AI 调度方案', async () => {
    const data = editionJson();
    const [first, second] = data.routes;
    if (!first || !second) throw new Error('the edition has routes');
    first.name = { zh: '5G 基站方案', en: '5G base-station plan' };
    second.name = { zh: 'AI 调度方案', en: 'AI scheduling plan' };
    const result = parseEdition(data);
    if (!result.ok) throw new Error('fixture must stay valid');
    const { user } = renderWithProviders(<App editions={[{ file: 'data/x.json', result }]} />, { lng: 'zh' });
    await user.type(screen.getByRole('searchbox', { name: '搜索技术路线' }), '５Ｇ');
    expect(rowIds()).toEqual([first.id]);
    expect([...table().querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['5G']);
    await user.clear(screen.getByRole('searchbox', { name: '搜索技术路线' }));
    await user.type(screen.getByRole('searchbox', { name: '搜索技术路线' }), 'ａｉ');
    expect(rowIds()).toContain(second.id);
    expect(rowIds()[0]).toBe(second.id);
  });
});
