import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { renderWithProviders } from '../../../../tests/utils/render';
import { equalPercentWeights } from '../model/decide';
import { DecideView } from '../components/decide-view';

const edition = bundledEdition();

function renderDecide(searchPending: boolean) {
  return renderWithProviders(
    <DecideView
      edition={edition}
      routes={edition.routes}
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
});
