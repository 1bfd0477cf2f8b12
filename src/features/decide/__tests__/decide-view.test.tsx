import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { renderWithProviders } from '../../../../tests/utils/render';
import { equalPercentWeights } from '../model/decide';
import { DecideView } from '../components/decide-view';
import { gpusInOrder } from './record-helpers';

const edition = bundledEdition();

function renderDecide(searchPending: boolean, routes = edition.routes) {
  return renderWithProviders(
    <DecideView
      edition={edition}
      routes={routes}
      scope="filtered"
      weights={equalPercentWeights(edition.criteria)}
      onWeightsChange={() => undefined}
      filtersActive
      onClearFilters={() => undefined}
      searchPending={searchPending}
    />,
  );
}

describe('DecideView', () => {
  it('ranks nothing while the table’s search waits, and says it is being prepared', () => {
    renderDecide(true);
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the search of 9 routes…');
    expect(screen.queryByText(/Ranking the 9 routes the table shows/)).toBeNull();
  });

  it('ranks the routes the table shows once the search is ready', () => {
    renderDecide(false);
    expect(screen.getByText(/Ranking the 9 routes the table shows/)).toBeInTheDocument();
    expect(screen.queryByText(/Preparing the search/)).toBeNull();
  });

  it('lists ten routes under “First across plausible cases” and counts the others in one line', () => {
    // Twelve routes of one trend, each a point lower on cost than the one before (down to 1), the same
    // on the rest: GPU 1 is first in every draw, and the two past the tenth in none.
    const routes = gpusInOrder(12);
    const { container } = renderDecide(false, routes);
    const lines = [...container.querySelectorAll('.firmness__shares li')].map((item) => item.textContent);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('GPU 1: first in 100% of plausible cases');
    expect(lines[10]).toBe('2 more routes: first in 0% of plausible cases together');
  });

  it('shows “How firm” over 1 200 routes, settled, with ten routes listed and the rest counted', async () => {
    const routes = gpusInOrder(1_200);
    const { container } = renderDecide(false, routes);
    expect(await screen.findByText('GPU 1: first in 100% of plausible cases')).toBeInTheDocument();
    expect(container.querySelector('.decide__firm [aria-busy]')).toBeNull();
    expect(container.querySelector('.decide__firm-status')).toBeEmptyDOMElement();
    expect(screen.getByText(/1,190 more routes: first in 0% of plausible cases together/)).toBeInTheDocument();
  });
});
