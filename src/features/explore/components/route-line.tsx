import { FlexRender, type Cell, type ColumnDef, type ColumnVisibilityState } from '@tanstack/react-table';
import { memo } from 'react';
import type { RouteRow } from '../model/route-rows';
import type { RoutesTableFeatures } from './table-features';

/** What {@link RouteLine} draws: one route's row of the table. */
export interface RouteLineProps {
  /** The route's row of data: a new object whenever anything it shows changes (weights, language, edits). */
  readonly route: RouteRow;
  /** TanStack's cells of the row, for its visible columns. */
  readonly cells: readonly Cell<RoutesTableFeatures, RouteRow>[];
  /** The table's column definitions and which columns show: the cells' renderers and their set. */
  readonly columns: readonly ColumnDef<RoutesTableFeatures, RouteRow>[];
  readonly columnVisibility: ColumnVisibilityState;
  readonly selected: boolean;
  /** The route is the comparison's baseline ("what I use today"). */
  readonly isBaseline: boolean;
  /** The line's place in the table, for the virtualiser's measuring ref (`data-index`). */
  readonly index: number;
  readonly measureElement?: ((element: Element | null) => void) | undefined;
}

function sameLine(before: RouteLineProps, after: RouteLineProps): boolean {
  // The cells are left out: TanStack makes new ones for the same route whenever the window of
  // drawn lines moves, and they render what the props compared here decide.
  return (
    before.route === after.route &&
    before.columns === after.columns &&
    before.columnVisibility === after.columnVisibility &&
    before.selected === after.selected &&
    before.isBaseline === after.isBaseline &&
    before.index === after.index &&
    before.measureElement === after.measureElement
  );
}

/**
 * One route's row of the routes table, rendered again only when what it shows changes. The table
 * renders with every sort, facet and keystroke, and once more when the virtualiser has measured
 * the lines it drew: a line whose route, columns, pick and place are the same keeps its cells
 * (nine per line, with their score bars and lists) as they were. The cells' own state (a search's
 * highlighting, an opened details button) follows their contexts.
 */
export const RouteLine = memo(function RouteLine({
  route,
  cells,
  selected,
  isBaseline,
  index,
  measureElement,
}: RouteLineProps) {
  return (
    <tr
      data-route-id={route.id}
      data-selected={selected || undefined}
      data-baseline={isBaseline || undefined}
      ref={measureElement}
      data-index={measureElement ? index : undefined}
    >
      {cells.map((cell) =>
        cell.column.id === 'route' ? (
          <th key={cell.id} scope="row" className={`col col--${cell.column.id}`}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={`col col--${cell.column.id}`}>
            <FlexRender cell={cell} />
          </td>
        ),
      )}
    </tr>
  );
}, sameLine);
