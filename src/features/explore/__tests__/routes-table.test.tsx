import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import { renderWithProviders } from '../../../../tests/utils/render';

const table = () => screen.getByRole('table');
const rowIds = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-route-id'));
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
const sortButton = (name: string) => within(header(name)).getByRole('button');

describe('routes table sorting', () => {
  it('cycles ascending → descending → none on a plain click, with aria-sort', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(sortButton('Performance'));
    expect(header('Performance')).toHaveAttribute('aria-sort', 'ascending');
    // Lightweight, FPGA, contrastive 3; pretraining, GPU 4; then the 5s (stable: data order).
    expect(rowIds()).toEqual([
      'lightweight-models',
      'fpga',
      'contrastive-learning',
      'llm-pretraining',
      'gpu',
      'task-fine-tuning',
      'asic',
      'cross-modal-transformer',
      'domain-specific-multimodal',
    ]);
    await user.click(sortButton('Performance'));
    expect(header('Performance')).toHaveAttribute('aria-sort', 'descending');
    expect(rowIds().slice(0, 4)).toEqual([
      'task-fine-tuning',
      'asic',
      'cross-modal-transformer',
      'domain-specific-multimodal',
    ]);
    expect(rowIds().at(-1)).toBe('contrastive-learning');
    await user.click(sortButton('Performance'));
    expect(header('Performance')).not.toHaveAttribute('aria-sort');
    expect(rowIds()[0]).toBe('llm-pretraining');
    expect(rowIds()[8]).toBe('domain-specific-multimodal');
  });

  it('adds a second sort key on Shift+click and replaces all keys on a plain click', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(sortButton('Cost advantage'));
    await user.keyboard('{Shift>}');
    await user.click(sortButton('Performance'));
    await user.keyboard('{/Shift}');
    expect(header('Cost advantage')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Performance')).toHaveAttribute('aria-sort', 'ascending');
    // Cost 1: pretraining (perf 4), GPU (4), cross-modal (5); cost 2: FPGA; cost 3: lightweight (3), ASIC (5) …
    expect(rowIds().slice(0, 6)).toEqual([
      'llm-pretraining',
      'gpu',
      'cross-modal-transformer',
      'fpga',
      'lightweight-models',
      'asic',
    ]);
    expect(within(header('Performance')).getByText('sort 2')).toBeInTheDocument();

    await user.click(sortButton('Performance'));
    expect(header('Cost advantage')).not.toHaveAttribute('aria-sort');
    expect(header('Performance')).toHaveAttribute('aria-sort');
  });

  it('sorts route names in the reading language: pinyin order in Chinese', async () => {
    const { user } = renderWithProviders(<App />, { lng: 'zh' });
    await user.click(sortButton('技术路线'));
    const names = within(table())
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('.route-name__short')?.textContent);
    // ICU's zh collation: Han by pinyin — 大 (da), 对 (dui), 跨 (kua), 领 (ling), 轻 (qing), 任 (ren) —
    // then Latin names (the same order in Node and Chromium).
    expect(names).toEqual([
      '大模型预训练',
      '对比学习',
      '跨模态 Transformer',
      '领域特定多模态学习',
      '轻量化模型',
      '任务特定模型微调',
      'ASIC',
      'FPGA',
      'GPU',
    ]);
  });
});

describe('trend filter and search', () => {
  it('filters by trend with counts, multi-select, and "All" resets', async () => {
    const { user } = renderWithProviders(<App />);
    const group = screen.getByRole('group', { name: 'Trend' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All (9)', 'Generative AI (3)', 'AI chips (3)', 'Multimodal learning (3)']);
    await user.click(within(group).getByRole('button', { name: 'AI chips: 3 routes if selected' }));
    expect(rowIds()).toEqual(['gpu', 'asic', 'fpga']);
    // Each count is what flipping the toggle would show: clearing AI chips shows all nine, adding
    // a trend adds its three to the three shown.
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All (9)', 'Generative AI (6)', 'AI chips (9)', 'Multimodal learning (6)']);
    expect(within(group).getByRole('button', { name: 'AI chips: 9 routes if cleared' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(group).getByRole('button', { name: 'All: 9 routes if selected' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(within(group).getByRole('button', { name: 'Multimodal learning: 6 routes if selected' }));
    expect(rowIds()).toHaveLength(6);
    expect(screen.getByText('Showing 6 of 9 routes')).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'All: 9 routes if selected' }));
    expect(rowIds()).toHaveLength(9);
  });

  it('searches both languages, updates the counts, and offers to clear when nothing matches', async () => {
    const { user } = renderWithProviders(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    await user.type(search, '显卡');
    expect(rowIds()).toEqual(['gpu']);
    expect(screen.getByRole('button', { name: 'AI chips: 1 route if selected' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All: 1 route shown' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'nothing-like-this');
    expect(screen.getByText('No route matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowIds()).toHaveLength(9);
    expect(search).toHaveValue('');
  });

  it('does not filter while an input method is composing', () => {
    renderWithProviders(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    fireEvent.compositionStart(search);
    fireEvent.input(search, { target: { value: 'qing' }, isComposing: true });
    expect(search).toHaveValue('qing');
    expect(rowIds()).toHaveLength(9);
    fireEvent.input(search, { target: { value: '轻量' }, isComposing: true });
    fireEvent.compositionEnd(search, { data: '轻量' });
    expect(rowIds()).toEqual(['lightweight-models']);
  });

  it('leaves Escape to the input method while composing, and recovers if composition never ends', () => {
    renderWithProviders(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    fireEvent.compositionStart(search);
    fireEvent.input(search, { target: { value: 'qing' }, isComposing: true });
    fireEvent.keyDown(search, { key: 'Escape', isComposing: true });
    expect(search).toHaveValue('qing');
    // The input method was dismissed without a compositionend; plain typing must filter again.
    fireEvent.input(search, { target: { value: 'gpu' } });
    expect(rowIds()).toEqual(['gpu']);
  });
});

describe('selection', () => {
  it('keeps a ticked route selected through sorting and filtering, and compares two', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(screen.getByRole('checkbox', { name: 'Select GPU' }));
    expect(screen.getByText('Picked 1 of 4: GPU')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compare 1 route' })).toBeDisabled();
    await user.click(sortButton('Flexibility'));
    await user.click(screen.getByRole('button', { name: 'AI chips: 3 routes if selected' }));
    expect(screen.getByRole('checkbox', { name: 'Select GPU' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select ASIC' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'All: 9 routes if selected' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Contrastive learning' }));
    await user.click(screen.getByRole('button', { name: 'Compare 2 routes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare routes' })).toHaveFocus();
    const compare = await screen.findByRole('figure', { name: /Selected routes compared/ });
    expect(
      within(within(compare).getByRole('list'))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['GPU', 'Contrastive learning']);
    expect(within(compare).getByRole('button', { name: /as SVG$/ })).toBeInTheDocument();
    // GPU: cost 1, performance 4, flexibility 5; contrastive learning: 4, 3, 5. Both have flexibility 5, and a row
    // where all tie has no best; overall 10 / 3 against 4.
    const scores = screen.getByRole('table', { name: /Scores side by side/ });
    expect(
      within(scores)
        .getAllByRole('row')
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ['', 'GPU', 'Contrastive learning'],
      // ≈ marks the article's inferred scores (their rationale says "(inferred)").
      ['Cost advantage', '1', '4≈inferred score★(best)'],
      ['Performance', '4≈inferred score★(best)', '3≈inferred score'],
      ['Flexibility', '5≈inferred score', '5'],
      ['Overall', '3.3', '4.0★(best)'],
    ]);
    expect(screen.getByRole('note')).toHaveTextContent('Scores compare routes within a trend');
    await user.click(screen.getByRole('button', { name: 'Remove GPU from the comparison' }));
    expect(screen.queryByRole('figure', { name: /Selected routes compared/ })).not.toBeInTheDocument();
    expect(screen.getByText('One route picked. Pick at least one more to compare.')).toBeInTheDocument();
  });
});
