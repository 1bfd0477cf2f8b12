import Papa from 'papaparse';
import type { Edition } from './edition/schema';

/**
 * The current view as a plain table, for export: one column per visible table column (labels in
 * the reading language), one row per shown route in the shown order. Numbers stay numbers;
 * `undefined` is a missing value.
 */
export interface ExportTable {
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly (readonly (string | number | undefined)[])[];
}

const MISSING = '—';

function markdownCell(value: string | number | undefined): string {
  if (value === undefined) return MISSING;
  // A pipe would end the cell and a line break the row.
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, '<br>');
}

/** The table as GitHub-flavoured Markdown: a header row, an alignment row (numbers right), the rows. */
export function toMarkdown(table: ExportTable): string {
  const numeric = table.columns.map((_, index) => table.rows.some((row) => typeof row[index] === 'number'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(table.columns.map((column) => markdownCell(column.label))),
    line(numeric.map((isNumber) => (isNumber ? '---:' : '---'))),
    ...table.rows.map((row) => line(table.columns.map((_, index) => markdownCell(row[index])))),
  ].join('\n');
}

/** The byte-order mark that makes spreadsheet apps read a CSV file as UTF-8. */
export const UTF8_BOM = '\ufeff';

/**
 * The table as CSV for spreadsheet apps (papaparse): a UTF-8 byte-order mark first, fields with a
 * comma, quote or line break quoted and inner quotes doubled, and text cells that start with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (after any number of `'`) prefixed with `'` so no
 * spreadsheet evaluates them and the importer reads back exactly what was written.
 * Numbers (negative ones too) are written as numbers; a missing value is an empty field.
 */
export function toCsv(table: ExportTable): string {
  return (
    UTF8_BOM +
    Papa.unparse(
      {
        fields: table.columns.map((column) => column.label),
        data: table.rows.map((row) => table.columns.map((_, index) => row[index] ?? '')),
      },
      // papaparse's own pattern (`escapeFormulae: true`) misses a text that already starts with `'`
      // before one of those, which the importer's unguardCell would then cut; and it misses any
      // multi-line formula.
      { escapeFormulae: /^'*[=+\-@\t\r]/, newline: '\r\n' },
    )
  );
}

/**
 * The edition cut down to `routeIds` (in that order), as a data file that passes the edition
 * schema: trends left without routes are dropped, and so are presets citing their advice.
 */
export function toEditionJson(edition: Edition, routeIds: readonly string[]): string {
  const byId = new Map(edition.routes.map((route) => [route.id, route]));
  const routes = routeIds.flatMap((id) => byId.get(id) ?? []);
  const trendIds = new Set(routes.map((route) => route.trendId));
  const trends = edition.trends.filter((trend) => trendIds.has(trend.id));
  const presets = edition.presets.filter((preset) =>
    preset.cites.every((cite) => cite === 'summary' || trends.some((trend) => cite.startsWith(`trends.${trend.id}.`))),
  );
  return `${JSON.stringify({ ...edition, trends, routes, presets }, null, 2)}\n`;
}
