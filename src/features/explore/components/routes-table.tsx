import {
  type ColumnVisibilityState,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { RoutesTableLines, type LineList, type TableLine } from './routes-table-lines';
import type { Criterion } from '../../../domain/edition/schema';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { SearchQueryContext } from './highlight';
import { ExpansionContext } from './routes-table-columns';
import type { RouteRow } from '../model/route-rows';
import { retryableLazy } from '../../../lib/retryable-lazy';
import type { LineWindow } from './virtual-lines';

// The virtualiser (TanStack Virtual) arrives with the first table of more than VIRTUALIZE_AFTER
// lines: the first view's tables are far smaller, and its script carries none of it.
const VirtualLines = retryableLazy(async () => (await import('./virtual-lines')).VirtualLines);

/** Above this many table lines (rows, group headers, details) only the visible ones are drawn. */
export const VIRTUALIZE_AFTER = 200;

/** Lines drawn while the virtualiser loads: more than the box (75 % of the screen's height) shows. */
const LINES_BEFORE_VIRTUALISER = 40;

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
              // While the virtualiser loads, the first lines are drawn as they will be at the top:
              // enough to fill the box, not all 200 (their layout alone cost 250 ms at opening).
              <Suspense fallback={renderTable(firstLines(LINES_BEFORE_VIRTUALISER))}>
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
