import { useTable, type OnChangeFn, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../domain/edition-schema';
import { buildRouteColumns } from './routes-table-columns';
import { RoutesTableColumnHeader, useColumnLabel } from './routes-table-column-header';
import { routesTableFeatures } from './table-features';
import type { RouteRow } from './utils/route-rows';

export interface RoutesTableProps {
  /** Rows in the reading locale, memoised per (edition, locale); see `buildRouteRows`. */
  readonly rows: readonly RouteRow[];
  readonly criteria: readonly Criterion[];
  readonly editionTitle: string;
  readonly sorting: SortingState;
  readonly onSortingChange: OnChangeFn<SortingState>;
  /** Trend ids to show; empty shows every trend. */
  readonly trendIds: readonly string[];
  /** Committed search text (never mid-IME-composition). */
  readonly query: string;
  readonly rowSelection: RowSelectionState;
  readonly onRowSelectionChange: OnChangeFn<RowSelectionState>;
  readonly onClearFilters: () => void;
  /** Route id of the baseline ("what I use today"); other rows show their difference from it. */
  readonly baselineId?: string | undefined;
  /** What the overall column means under the current weights, e.g. "Weighted mean: cost 50 %, …". */
  readonly overallHint: string;
}

/**
 * The routes table: a real `<table>` with caption, sortable headers carrying `aria-sort`, one
 * column per criterion, filtered by trend and search, rows keyed by route id so a selection never
 * jumps when sorting or filtering.
 */
export function RoutesTable(props: RoutesTableProps) {
  const { rows, criteria, sorting, trendIds, query, rowSelection } = props;
  const { t } = useTranslation();
  const baseline = rows.find((row) => row.id === props.baselineId);
  const columns = useMemo(() => buildRouteColumns(criteria, baseline), [criteria, baseline]);
  const columnFilters = useMemo(() => (trendIds.length > 0 ? [{ id: 'trend', value: trendIds }] : []), [trendIds]);
  const labelOf = useColumnLabel(criteria);

  const table = useTable({
    features: routesTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting, columnFilters, globalFilter: query, rowSelection },
    onSortingChange: props.onSortingChange,
    onRowSelectionChange: props.onRowSelectionChange,
    // The first click always sorts ascending, whatever type the first row's value has.
    sortDescFirst: false,
    enableMultiSort: true,
    globalFilterFn: 'routeSearch',
    getColumnCanGlobalFilter: (column) => column.id === 'route',
  });

  const visibleRows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  return (
    <div className="routes-table">
      <p className="routes-table__count" role="status">
        {t('routes.showing', { shown: visibleRows.length, total: rows.length })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('routes.tableRegion')}>
        <table className="data-table">
          <caption className="sr-only">{t('routes.caption', { edition: props.editionTitle })}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <RoutesTableColumnHeader
                    key={header.id}
                    header={header}
                    label={labelOf(header.column.id)}
                    hint={header.column.id === 'overall' ? props.overallHint : undefined}
                    sortCount={sorting.length}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {visibleRows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="empty-state">
                  <p>{t('routes.empty')}</p>
                  <button type="button" className="button" onClick={props.onClearFilters}>
                    {t('routes.clearFilters')}
                  </button>
                </td>
              </tr>
            ) : (
              visibleRows.map((row) => (
                <tr key={row.id} data-route-id={row.id} data-selected={row.getIsSelected() || undefined}>
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'route' ? (
                      <th key={cell.id} scope="row" className={`col col--${cell.column.id}`}>
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={`col col--${cell.column.id}`}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="routes-table__footnote">{t('routes.footnote', { weights: props.overallHint })}</p>
    </div>
  );
}
