import {
  useTable,
  type ColumnVisibilityState,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Criterion } from '../../../domain/edition/schema';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { SearchQueryContext } from './highlight';
import { RoutesTableColumnHeader, useColumnLabel } from './routes-table-column-header';
import { buildRouteColumns, ExpansionContext } from './routes-table-columns';
import { routesTableFeatures } from './table-features';
import type { RouteRow } from '../model/route-rows';
import { Button } from '../../../components/ui/button';
import { RouteDetails } from './route-details';
import { retryableLazy } from '../../../lib/retryable-lazy';
import type { LineWindow } from './virtual-lines';

// The virtualiser (TanStack Virtual) arrives with the first table of more than VIRTUALIZE_AFTER
// lines: the first view's tables are far smaller, and its script carries none of it.
const VirtualLines = retryableLazy(async () => (await import('./virtual-lines')).VirtualLines);

/** Above this many table lines (rows, group headers, details) only the visible ones are drawn. */
export const VIRTUALIZE_AFTER = 200;

export interface RoutesTableProps {
  /** The rows to show, already filtered and sorted (see `queryRoutes`), in the reading locale. */
  readonly rows: readonly RouteRow[];
  readonly criteria: readonly Criterion[];
  /** The edition is the reader's own: its routes sit in groups, not trends. */
  readonly own?: boolean | undefined;
  readonly editionTitle: string;
  readonly sorting: SortingState;
  readonly onSortingChange: OnChangeFn<SortingState>;
  /** Committed search text, for highlighting matches. */
  readonly query: string;
  readonly rowSelection: RowSelectionState;
  readonly onRowSelectionChange: OnChangeFn<RowSelectionState>;
  readonly columnVisibility: ColumnVisibilityState;
  readonly onColumnVisibilityChange: OnChangeFn<ColumnVisibilityState>;
  /** Group rows by trend, each group headed by its size and mean scores. */
  readonly groupByTrend: boolean;
  readonly onClearFilters: () => void;
  /** Route id of the baseline ("what I use today"); other rows show their difference from it. */
  readonly baselineId?: string | undefined;
  /** What the overall column means under the current weights, e.g. "Weighted mean: cost 50 %, …". */
  readonly overallHint: string;
  /** Extra actions in a route's details line (e.g. "Remove from My routes"). */
  readonly routeActions?: ((row: RouteRow) => ReactNode) | undefined;
  /** Whether each row has a checkbox to pick it (default true; an embed's table has none). */
  readonly selectable?: boolean | undefined;
}

type TableLine =
  | { readonly kind: 'group'; readonly key: string; readonly trendName: string; readonly rows: readonly RouteRow[] }
  | { readonly kind: 'row'; readonly key: string; readonly row: RouteRow }
  | { readonly kind: 'details'; readonly key: string; readonly row: RouteRow };

/** The table's lines (rows, group headers, details), read by index. */
interface LineList {
  readonly length: number;
  at(index: number): TableLine | undefined;
}

function mean(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((value) => value !== undefined);
  return present.length > 0 ? present.reduce((sum, value) => sum + value, 0) / present.length : undefined;
}

/**
 * The routes table: a real `<table>` with caption, sortable headers carrying `aria-sort`, one
 * column per criterion, hideable columns, rows keyed by route id (a selection never jumps), an
 * expandable details line per route (aliases, examples, every score's rationale and cited clauses),
 * optional trend groups with mean scores, and row virtualisation past {@link VIRTUALIZE_AFTER} lines
 * so 100 000 routes scroll smoothly.
 */
export function RoutesTable(props: RoutesTableProps) {
  const { rows } = props;
  const { t } = useUiLocale();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggleExpanded = useCallback(
    (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const expansion = useMemo(() => ({ expanded, toggle: toggleExpanded }), [expanded, toggleExpanded]);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Lines come from the queried rows themselves; TanStack only sees the rows being drawn, so its
  // per-row work follows the window, not the 100 000 routes. Without groups or open details a line
  // is just a row, made on demand: nothing of size n is allocated per interaction.
  const lines = useMemo<LineList>(() => {
    if (!props.groupByTrend && expanded.size === 0) {
      return {
        length: rows.length,
        at: (index) => {
          const row = rows[index];
          return row ? { kind: 'row', key: row.id, row } : undefined;
        },
      };
    }
    const result: TableLine[] = [];
    const push = (row: RouteRow) => {
      result.push({ kind: 'row', key: row.id, row });
      if (expanded.has(row.id)) result.push({ kind: 'details', key: `${row.id}:details`, row });
    };
    if (!props.groupByTrend) rows.forEach(push);
    else {
      // Groups appear in the order of their first row, so a sort orders the groups too.
      const groups = new Map<string, RouteRow[]>();
      for (const row of rows) {
        const group = groups.get(row.trendId) ?? [];
        group.push(row);
        groups.set(row.trendId, group);
      }
      for (const [trendId, group] of groups) {
        result.push({ kind: 'group', key: `group:${trendId}`, trendName: group[0]?.trendName ?? trendId, rows: group });
        group.forEach(push);
      }
    }
    return { length: result.length, at: (index) => result[index] };
  }, [rows, expanded, props.groupByTrend]);

  const virtual = lines.length > VIRTUALIZE_AFTER;
  const renderTable = (drawn: LineWindow) => (
    <RoutesTableLines {...props} lines={lines} drawn={drawn} virtual={virtual} />
  );

  return (
    <div className="routes-table">
      {/* Not a tab stop of its own: the sort buttons inside are, and a focused button lets the
          keyboard scroll the box, so the first header is one Tab from the skip link's target. */}
      <div
        ref={scrollRef}
        className={`table-scroll${virtual ? ' table-scroll--virtual' : ''}`}
        role="region"
        aria-label={t('routes.tableRegion')}
      >
        <SearchQueryContext value={props.query}>
          <ExpansionContext value={expansion}>
            {virtual ? (
              // While the virtualiser loads, the first lines are drawn as they will be at the top.
              <Suspense fallback={renderTable(firstLines(VIRTUALIZE_AFTER))}>
                <VirtualLines count={lines.length} scrollRef={scrollRef} render={renderTable} />
              </Suspense>
            ) : (
              renderTable(firstLines(lines.length))
            )}
          </ExpansionContext>
        </SearchQueryContext>
      </div>
    </div>
  );
}

/** The first `count` lines, with no space above or below: a table that draws every line it has. */
function firstLines(count: number): LineWindow {
  return { first: 0, last: count - 1, paddingTop: 0, paddingBottom: 0 };
}

interface RoutesTableLinesProps extends RoutesTableProps {
  readonly lines: LineList;
  /** The lines to draw; past {@link VIRTUALIZE_AFTER} lines, the visible ones and their measuring ref. */
  readonly drawn: LineWindow;
  readonly virtual: boolean;
}

/** The `<table>` itself, drawing the lines of its window (all of them below {@link VIRTUALIZE_AFTER}). */
function RoutesTableLines(props: RoutesTableLinesProps) {
  const { rows, criteria, sorting, rowSelection, columnVisibility, lines, drawn, virtual } = props;
  const { t } = useUiLocale();
  // Looked up only when there is a baseline: a scan of 100 000 rows for none cost tens of ms a render.
  const baseline = useMemo(
    () => (props.baselineId === undefined ? undefined : rows.find((row) => row.id === props.baselineId)),
    [rows, props.baselineId],
  );
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
      <tr
        key={line.key}
        data-route-id={row.id}
        data-selected={row.getIsSelected() || undefined}
        data-baseline={row.id === props.baselineId || undefined}
        {...measure}
      >
        {row.getVisibleCells().map((cell) =>
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
