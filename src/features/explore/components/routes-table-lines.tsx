import { useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useBaselineRow } from '../hooks/use-baseline-row';
import { Button } from '../../../components/ui/button';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import type { RouteRow } from '../model/route-rows';
import { RouteDetails } from './route-details';
import { RouteLine } from './route-line';
import type { RoutesTableProps } from './routes-table';
import { RoutesTableColumnHeader, useColumnLabel } from './routes-table-column-header';
import { buildRouteColumns } from './routes-table-columns';
import { routesTableFeatures } from './table-features';
import type { LineWindow } from './virtual-lines';

/** One line of the table: a trend group's header, a route's row, or a route's details. */
export type TableLine =
  | { readonly kind: 'group'; readonly key: string; readonly trendName: string; readonly rows: readonly RouteRow[] }
  | { readonly kind: 'row'; readonly key: string; readonly row: RouteRow }
  | { readonly kind: 'details'; readonly key: string; readonly row: RouteRow };

/** The table's lines (rows, group headers, details), read by index. */
export interface LineList {
  readonly length: number;
  at(index: number): TableLine | undefined;
}

function mean(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((value) => value !== undefined);
  return present.length > 0 ? present.reduce((sum, value) => sum + value, 0) / present.length : undefined;
}

export interface RoutesTableLinesProps extends RoutesTableProps {
  readonly lines: LineList;
  /** The lines to draw; past {@link VIRTUALIZE_AFTER} lines, the visible ones and their measuring ref. */
  readonly drawn: LineWindow;
  readonly virtual: boolean;
}

/** The `<table>` itself, drawing the lines of its window (all of them below {@link VIRTUALIZE_AFTER}). */
export function RoutesTableLines(props: RoutesTableLinesProps) {
  const { rows, criteria, sorting, rowSelection, columnVisibility, lines, drawn, virtual } = props;
  const { t } = useUiLocale();
  const baseline = useBaselineRow(rows, props.baselineId);
  const selectable = props.selectable ?? true;
  const columns = useMemo(() => buildRouteColumns(criteria, baseline, selectable), [criteria, baseline, selectable]);
  const labelOf = useColumnLabel(criteria, props.own);
  const shown = Array.from({ length: Math.max(0, drawn.last - drawn.first + 1) }, (_, offset) => ({
    line: lines.at(drawn.first + offset),
    index: drawn.first + offset,
  }));
  const { paddingTop, paddingBottom } = drawn;
  const firstShown = drawn.first;
  const lastShown = drawn.last;
  const drawnRows = useMemo(() => {
    const drawn: RouteRow[] = [];
    for (let index = firstShown; index <= lastShown; index++) {
      const line = lines.at(index);
      if (line?.kind === 'row') drawn.push(line.row);
    }
    return drawn;
  }, [lines, firstShown, lastShown]);

  const table = useTable({
    features: routesTableFeatures,
    columns,
    data: drawnRows,
    getRowId: (row) => row.id,
    state: { sorting, rowSelection, columnVisibility },
    onSortingChange: props.onSortingChange,
    onRowSelectionChange: props.onRowSelectionChange,
    onColumnVisibilityChange: props.onColumnVisibilityChange,
    manualSorting: true,
    // The first click always sorts ascending, whatever type the first row's value has.
    sortDescFirst: false,
    enableMultiSort: true,
  });
  const tableRowById = new Map(table.getRowModel().rows.map((row) => [row.id, row]));
  const columnCount = table.getVisibleLeafColumns().length;

  const renderLine = (line: TableLine, index: number) => {
    const measure = drawn.measureElement ? { ref: drawn.measureElement, 'data-index': index } : {};
    if (line.kind === 'group') {
      const means = [
        ...criteria.map((criterion) => ({
          id: criterion.id,
          label: labelOf(criterion.id),
          value: mean(line.rows.map((row) => row.scores[criterion.id])),
        })),
        { id: 'overall', label: labelOf('overall'), value: mean(line.rows.map((row) => row.overall)) },
      ];
      return (
        <tr key={line.key} className="group-row" {...measure}>
          <th scope="colgroup" colSpan={columnCount}>
            <span className="group-row__name">{line.trendName}</span>
            <span className="group-row__count">{t('routes.groupCount', { count: line.rows.length })}</span>
            <span className="group-row__means">
              {t('routes.groupMeans')}{' '}
              {means
                .map((item) =>
                  t('routes.groupMean', {
                    criterion: item.label,
                    value: item.value === undefined ? t('routes.missing') : item.value.toFixed(1),
                  }),
                )
                .join(' · ')}
            </span>
          </th>
        </tr>
      );
    }
    if (line.kind === 'details') {
      return (
        <tr key={line.key} className="details-row" {...measure}>
          <td colSpan={columnCount}>
            <RouteDetails row={line.row} criteria={criteria} actions={props.routeActions?.(line.row)} />
          </td>
        </tr>
      );
    }
    const row = tableRowById.get(line.row.id);
    if (!row) return null;
    return (
      <RouteLine
        key={line.key}
        route={line.row}
        cells={row.getVisibleCells()}
        columns={columns}
        columnVisibility={columnVisibility}
        selected={row.getIsSelected()}
        isBaseline={row.id === props.baselineId}
        index={index}
        measureElement={drawn.measureElement}
      />
    );
  };

  return (
    <table className="data-table" aria-rowcount={virtual ? rows.length + 1 : undefined}>
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
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columnCount} className="empty-state">
              <p>{t('routes.empty')}</p>
              <Button onClick={props.onClearFilters}>{t('routes.clearFilters')}</Button>
            </td>
          </tr>
        ) : (
          <>
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={columnCount} style={{ height: paddingTop }} />
              </tr>
            ) : null}
            {shown.map(({ line, index }) => (line ? renderLine(line, index) : null))}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={columnCount} style={{ height: paddingBottom }} />
              </tr>
            ) : null}
          </>
        )}
      </tbody>
    </table>
  );
}
