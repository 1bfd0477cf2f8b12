import type { ExportTable } from '../../../domain/table-formats';
import type { RouteRow } from './route-rows';

/** Joins list cells in exports; the importer splits on it (and on its full-width twin). */
export const LIST_JOINER = '; ';

/**
 * The view as shown, for export: the columns `columnIds` (in table order, labelled by `labelOf` in
 * the reading language) and the shown rows in shown order. Strengths and weaknesses are joined
 * with `; `, tags with `, `; the overall score is rounded to two decimals; numbers stay numbers.
 */
export function viewTable(
  rows: readonly RouteRow[],
  columnIds: readonly string[],
  labelOf: (columnId: string) => string,
): ExportTable {
  const cell = (row: RouteRow, id: string): string | number | undefined => {
    if (id === 'route') return row.name;
    if (id === 'trend') return row.trendName;
    if (id === 'overall') return row.overall === undefined ? undefined : Math.round(row.overall * 100) / 100;
    if (id === 'strengths') return row.strengths.join(LIST_JOINER);
    if (id === 'weaknesses') return row.weaknesses.join(LIST_JOINER);
    if (id === 'tags') return row.tags.map((tag) => tag.label).join(', ');
    return row.scores[id];
  };
  return {
    columns: columnIds.map((id) => ({ id, label: labelOf(id) })),
    rows: rows.map((row) => columnIds.map((id) => cell(row, id))),
  };
}
