import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useCallback, useState } from 'react';

/**
 * The view state a reader builds up — sort keys, trend filter, committed search text and selected
 * route ids. It lives above everything language-dependent, so switching language keeps all of it.
 */
export function useDashboardState() {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [trendIds, setTrendIds] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const clearFilters = useCallback(() => {
    setTrendIds([]);
    setQuery('');
  }, []);
  return { sorting, setSorting, trendIds, setTrendIds, query, setQuery, rowSelection, setRowSelection, clearFilters };
}
