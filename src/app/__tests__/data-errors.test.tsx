import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { parseEdition } from '../../domain/edition/issues';
import { editionJson } from '../../../tests/utils/edition';
import { renderWithProviders } from '../../../tests/utils/render';
import { allowConsoleError } from '../../../tests/utils/console-guard';

function brokenEdition() {
  const edition = editionJson();
  edition.routes[4]!.scores.cost!.value = 7;
  edition.routes[3]!.trendId = 'nowhere';
  return { file: 'data/broken.json', result: parseEdition(edition) };
}

describe('bad data never blanks the page', () => {
  it('lists each problem with file and path, translated, next to the editions that loaded', async () => {
    const good = { file: 'data/ai-trends-2024.json', result: parseEdition(editionJson()) };
    const { user } = renderWithProviders(<App editions={[brokenEdition(), good]} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('data/broken.json has 2 problems and is not shown until they are fixed.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'routes[4].scores.cost.value: expected an integer 1–5, got 7',
      'routes[3].trendId: unknown trend id "nowhere"',
    ]);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['routes[4].scores.cost.value: 应为 1–5 的整数，实际为 7', 'routes[3].trendId: 未知的趋势 id “nowhere”']);
  });

  it('reports cross-reference problems once the shape is right', () => {
    const edition = editionJson();
    edition.routes[3]!.trendId = 'nowhere';
    renderWithProviders(<App editions={[{ file: 'data/x.json', result: parseEdition(edition) }]} />);
    expect(screen.getByRole('alert')).toHaveTextContent('routes[3].trendId: unknown trend id "nowhere"');
    expect(screen.getByText('There is no edition to show: data/ holds no valid edition file.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
  });

  it('contains a render fault to its own section', async () => {
    allowConsoleError(/chart exploded|failed to render|The above error occurred/);
    function Exploding(): never {
      throw new Error('chart exploded');
    }
    const { user } = renderWithProviders(
      <>
        <ErrorBoundary part="AI chips routes compared">
          <Exploding />
        </ErrorBoundary>
        <p>still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'AI chips routes compared could not be shown' + 'The rest of the dashboard still works. Details: chart exploded',
    );
    expect(screen.getByText('still here')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});

describe('several editions', () => {
  it('shows the first valid one and lets the reader pick another', async () => {
    const first = editionJson();
    const second = editionJson();
    second.id = 'second';
    second.shortTitle = { zh: '第二版', en: 'Second edition' };
    second.routes = second.routes.filter((route) => route.trendId === 'ai-chips');
    second.trends = second.trends.filter((trend) => trend.id === 'ai-chips');
    // Presets cite advice of the trends removed above.
    second.presets = [];
    const { user } = renderWithProviders(
      <App
        editions={[
          { file: 'data/a.json', result: parseEdition(first) },
          { file: 'data/b.json', result: parseEdition(second) },
        ]}
      />,
    );
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(10);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Edition' }), 'Second edition');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('group', { name: 'Trend' })).toHaveTextContent('All (3)AI chips (3)');
  });
});
