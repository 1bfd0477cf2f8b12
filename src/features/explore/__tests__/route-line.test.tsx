import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/app';
import { renderWithProviders } from '../../../../tests/utils/render';

// Counts each render of a score bar: the table draws four per route (three criteria and overall).
const scoreBarRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../components/ui/score-bar', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../components/ui/score-bar')>();
  return {
    ScoreBar: (props: Parameters<typeof real.ScoreBar>[0]) => {
      scoreBarRenders.count += 1;
      return real.ScoreBar(props);
    },
  };
});

const row = (routeId: string) => {
  const line = screen.getByRole('table').querySelector(`tr[data-route-id="${routeId}"]`);
  if (!(line instanceof HTMLElement)) throw new Error(`no line for ${routeId}`);
  return line;
};

describe('a line of the routes table', () => {
  it('renders again only when what it shows changes: a pick renders that route’s line, not the other eight', async () => {
    const { user } = renderWithProviders(<App />);
    expect(screen.getByRole('table').querySelectorAll('tbody tr[data-route-id]')).toHaveLength(9);
    scoreBarRenders.count = 0;
    await user.click(screen.getByRole('checkbox', { name: 'Select GPU' }));
    expect(screen.getByRole('checkbox', { name: 'Select GPU' })).toBeChecked();
    expect(row('gpu')).toHaveAttribute('data-selected', 'true');
    // GPU's cost, performance, flexibility and overall; the other lines kept theirs.
    expect(scoreBarRenders.count).toBe(4);
  });

  it('still shows what its cells follow by themselves: a search’s highlighting comes and goes in a kept line', async () => {
    const { user } = renderWithProviders(<App />);
    await user.type(screen.getByRole('searchbox'), 'GPU');
    const gpu = row('gpu');
    expect(within(gpu).getAllByText('GPU', { selector: 'mark' }).length).toBeGreaterThan(0);
    await user.clear(screen.getByRole('searchbox'));
    expect(within(row('gpu')).queryAllByText('GPU', { selector: 'mark' })).toHaveLength(0);
  });
});
