import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { matchesQuery } from '../../domain/search';
import type { RouteRow } from './utils/route-rows';

/** The part of a TanStack row the sort and filter functions read. */
export interface RowLike {
  readonly original: RouteRow;
  getValue(columnId: string): unknown;
}

const collators = new Map<string, Intl.Collator>();

/** One cached collator per locale: `zh` sorts Chinese by pinyin, `en` by English rules. */
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

// Both sort functions return ascending order only; TanStack reverses for descending.
const textSort = (rowA: RowLike, rowB: RowLike, columnId: string): number =>
  collatorFor(rowA.original.locale).compare(String(rowA.getValue(columnId)), String(rowB.getValue(columnId)));

const numberSort = (rowA: RowLike, rowB: RowLike, columnId: string): number =>
  Number(rowA.getValue(columnId)) - Number(rowB.getValue(columnId));

/** Column filter for the trend column: the filter value is the list of trend ids to keep. */
const trendInFilter = (row: RowLike, _columnId: string, trendIds: readonly string[]): boolean =>
  trendIds.includes(row.original.trendId);
trendInFilter.autoRemove = (value: unknown) => !Array.isArray(value) || value.length === 0;

/** Global filter: the query against both languages of the route, whatever the column. */
const routeSearchFilter = (row: RowLike, _columnId: string, query: string): boolean =>
  matchesQuery(row.original.searchText, query);
routeSearchFilter.autoRemove = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * Every feature the routes table uses, declared once; every table piece is typed with
 * `typeof routesTableFeatures`. Sort and filter functions are registered by name because v9
 * silently ignores names it does not know.
 */
export const routesTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: textSort, number: numberSort },
  filterFns: { trendIn: trendInFilter, routeSearch: routeSearchFilter },
});

export type RoutesTableFeatures = typeof routesTableFeatures;
