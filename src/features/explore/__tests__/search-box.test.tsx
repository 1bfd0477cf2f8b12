import { act, screen } from '@testing-library/react';
import { useEffect, useState, type RefObject } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import { MAX_QUERY_LENGTH } from '../../../domain/view-state';
import { renderWithProviders } from '../../../../tests/utils/render';
import { RoutesTableToolbar } from '../components/routes-table-toolbar';

/** The toolbar in a page that shows a given search only when `showRef.current` is called with it. */
function SlowPage({
  given,
  showRef,
}: {
  readonly given: string[];
  readonly showRef: RefObject<((query: string) => void) | null>;
}) {
  const [query, setQuery] = useState('');
  useEffect(() => {
    showRef.current = setQuery;
  }, [showRef]);
  return (
    <RoutesTableToolbar
      trends={[]}
      trendIds={[]}
      onTrendIdsChange={() => undefined}
      totalCount={0}
      query={query}
      onQueryChange={(text) => given.push(text)}
    />
  );
}

describe('search box', () => {
  it('takes no more text than the address keeps, and says nothing of a link', async () => {
    const { user } = renderWithProviders(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    await user.click(search);
    await user.paste('gpu '.repeat(70));
    expect(search).toHaveValue('gpu '.repeat(70).slice(0, MAX_QUERY_LENGTH));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it('keeps letters typed on while the page catches up, and takes a search changed from outside', async () => {
    const given: string[] = [];
    const show: RefObject<((query: string) => void) | null> = { current: null };
    const { user } = renderWithProviders(<SlowPage given={given} showRef={show} />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    await user.type(search, 'gpu');
    expect(given).toEqual(['g', 'gp', 'gpu']);
    // The page shows an earlier letter's search after the reader typed on: the box keeps "gpu".
    act(() => show.current?.('g'));
    expect(search).toHaveValue('gpu');
    act(() => show.current?.('gpu'));
    expect(search).toHaveValue('gpu');
    // Then "Clear filters" (not a text the box gave) empties it.
    act(() => show.current?.(''));
    expect(search).toHaveValue('');
  });
});
