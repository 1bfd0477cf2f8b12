import { screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../app';
import type { ScoreRadarProps } from '../../features/score-radar/components/score-radar';
import { allowConsoleError } from '../../../tests/utils/console-guard';
import { renderWithProviders } from '../../../tests/utils/render';

// One trend radar (AI chips) breaks; the real chart draws every other one.
vi.mock('../../features/score-radar/components/score-radar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../features/score-radar/components/score-radar')>();
  return {
    ...actual,
    ScoreRadar: (props: ScoreRadarProps) => {
      if (props.caption.startsWith('AI chips')) throw new Error('radar exploded');
      return createElement(actual.ScoreRadar, props);
    },
  };
});

describe('a fault in one part of a view', () => {
  it('replaces only that chart, names it, and leaves the table, the other charts and the views working', async () => {
    allowConsoleError(/radar exploded|failed to render|The above error occurred/);
    const { user } = renderWithProviders(<App />);

    // The charts' chunk loads lazily: on a busy machine that can take a few seconds.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('AI chips radar could not be shown');
    expect(alert).toHaveTextContent('Details: radar exploded');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // The other two trends' radars are drawn, each a frame after the one before.
    expect(await screen.findByRole('figure', { name: /^Generative AI routes, scored/ })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /^Multimodal learning routes, scored/ })).toBeInTheDocument();

    // The table still sorts and filters, and the other views open.
    const table = screen.getByRole('table', { name: /Technology routes/ });
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'AI chips: 3 routes if selected' }));
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await user.click(screen.getByRole('link', { name: 'Decide' }));
    expect(await screen.findByRole('heading', { name: 'Decide' })).toBeInTheDocument();
  });
});
