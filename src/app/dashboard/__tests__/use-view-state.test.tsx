import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { renderWithProviders } from '../../../../tests/utils/render';
import type { ViewState } from '../../../domain/view-state';
import { useViewState } from '../use-view-state';

const edition = bundledEdition();

describe('useViewState', () => {
  it('keeps each part of the state the same object while its content is: a trend facet leaves the picks and the sort as they were', async () => {
    const states: ViewState[] = [];
    let update: ReturnType<typeof useViewState>['update'] = () => undefined;
    function Reader() {
      const view = useViewState(edition);
      states.push(view.state);
      update = view.update;
      return <p>{view.state.trendIds.join(',') || 'all'}</p>;
    }
    const { params } = renderWithProviders(<Reader />, { search: '?v=1&sel=gpu,asic&sort=cost.desc' });
    const before = states.at(-1);
    expect(before?.selection).toEqual(['gpu', 'asic']);
    act(() => update({ trendIds: ['ai-chips'] }));
    await screen.findByText('ai-chips');
    expect(params().trend).toBe('ai-chips');
    const after = states.at(-1);
    expect(after).not.toBe(before);
    expect(after?.trendIds).toEqual(['ai-chips']);
    // Decoded anew from the changed address, yet the same arrays: what depends on them stays put.
    expect(after?.selection).toBe(before?.selection);
    expect(after?.sorting).toBe(before?.sorting);
    expect(after?.tagIds).toBe(before?.tagIds);
    // And a part whose content changes is the new content.
    act(() => update({ selection: ['gpu'] }));
    await screen.findByText('ai-chips');
    await expect.poll(() => states.at(-1)?.selection).toEqual(['gpu']);
    expect(states.at(-1)?.trendIds).toBe(after?.trendIds);
  });
});
