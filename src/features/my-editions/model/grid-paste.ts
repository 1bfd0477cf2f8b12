import type { UserEdition } from './user-edition';
import { isScoreValue, setScoreValue } from './score-edits';

/**
 * Pasting a block copied from a spreadsheet into the score grid. Spreadsheets (Excel, LibreOffice,
 * Google Sheets, Numbers) put a selection on the clipboard as text: rows end with a newline (`\r\n`
 * or `\n`, the last one too), cells are separated by tabs. A cell holds a score 1–5 or nothing
 * (which clears the score); anything else refuses the whole paste, so a block is never half pasted.
 */

/** The block's rows of cells, as text; a trailing newline adds no row. */
export function parseGridText(text: string): string[][] {
  const rows = text.split(/\r\n|\n|\r/);
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop();
  return rows.map((row) => row.split('\t'));
}

/**
 * A pasted cell's score: `undefined` for a blank cell (clears), a number for 1–5 (full-width digits
 * and a `4.0` a spreadsheet formatted are read too), `null` for anything else.
 */
export function pastedScore(cell: string): number | undefined | null {
  const text = cell.normalize('NFKC').trim();
  if (text === '') return undefined;
  if (!/^\d+(?:\.0+)?$/.test(text)) return null;
  const value = Number(text);
  return isScoreValue(value) ? value : null;
}

/** Where a paste starts: the active cell (row = route index, column = criterion index). */
export interface GridCell {
  readonly row: number;
  readonly column: number;
}

/** A pasted cell that is not a score, at its place in the grid (which may lie past its edge). */
export interface RefusedCell extends GridCell {
  readonly got: string;
}

export type GridPaste =
  | {
      readonly ok: true;
      readonly edition: UserEdition;
      /** How many rows and columns of the grid were filled. */
      readonly rows: number;
      readonly columns: number;
      /** True when part of the block lay past the grid's last route or criterion and was left out. */
      readonly clipped: boolean;
    }
  | { readonly ok: false; readonly refused: readonly RefusedCell[] };

/**
 * Fills the grid from `start` with the block in `text` (see {@link parseGridText}): each cell sets or
 * clears a score. Refused whole when any cell inside the grid is not a score (every such cell is
 * listed, with where it would have gone). Cells past the grid's edge are left out (`clipped`).
 */
export function pasteIntoGrid(edition: UserEdition, start: GridCell, text: string): GridPaste {
  const block = parseGridText(text);
  const rows = Math.max(0, Math.min(block.length, edition.routes.length - start.row));
  const width = Math.max(...block.map((row) => row.length));
  const columns = Math.max(0, Math.min(width, edition.criteria.length - start.column));
  const refused: RefusedCell[] = [];
  const values: { row: number; column: number; value: number | undefined }[] = [];
  block.slice(0, rows).forEach((cells, r) => {
    cells.slice(0, columns).forEach((cell, c) => {
      const value = pastedScore(cell);
      const at = { row: start.row + r, column: start.column + c };
      if (value === null) refused.push({ ...at, got: cell.trim() });
      else values.push({ ...at, value });
    });
  });
  if (refused.length > 0) return { ok: false, refused };
  let next = edition;
  for (const { row, column, value } of values) {
    const criterion = edition.criteria[column];
    if (criterion) next = setScoreValue(next, row, criterion.id, value);
  }
  return { ok: true, edition: next, rows, columns, clipped: rows < block.length || columns < width };
}
