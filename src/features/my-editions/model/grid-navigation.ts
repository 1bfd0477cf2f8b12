import type { GridCell } from './grid-paste';

/** A key press as the grid reads it (from a keyboard event). */
export interface GridKey {
  readonly key: string;
  readonly shift: boolean;
  /** Ctrl or Cmd. */
  readonly modified: boolean;
}

/**
 * What a key does in the score grid, a spreadsheet's habits:
 * - `move`: arrows (stopping at the edges); Tab / Shift+Tab across, wrapping to the next or previous
 *   row; Enter down and Shift+Enter up; Home / End to the row's ends, Ctrl/Cmd+Home / End to the
 *   grid's corners;
 * - `leave`: Tab past the last cell, Shift+Tab before the first (the browser moves focus on);
 * - `set`: 1–5 sets the score, Delete / Backspace clears it (`value` undefined);
 * - `details`: F2 goes to the active cell's details;
 * - `undefined`: not the grid's key (typing, Ctrl+Z, Ctrl+C …).
 */
export type GridAction =
  | { readonly kind: 'move'; readonly to: GridCell }
  | { readonly kind: 'leave' }
  | { readonly kind: 'set'; readonly value: number | undefined }
  | { readonly kind: 'details' };

/** The action of `press` on a grid of `rows` × `columns` (both ≥ 1) whose active cell is `at`. */
export function gridAction(press: GridKey, at: GridCell, rows: number, columns: number): GridAction | undefined {
  const { row, column } = at;
  const move = (to: GridCell): GridAction => ({ kind: 'move', to });
  if (press.modified) {
    if (press.key === 'Home') return move({ row: 0, column: 0 });
    if (press.key === 'End') return move({ row: rows - 1, column: columns - 1 });
    return undefined;
  }
  switch (press.key) {
    case 'ArrowUp':
      return move({ row: Math.max(0, row - 1), column });
    case 'ArrowDown':
      return move({ row: Math.min(rows - 1, row + 1), column });
    case 'ArrowLeft':
      return move({ row, column: Math.max(0, column - 1) });
    case 'ArrowRight':
      return move({ row, column: Math.min(columns - 1, column + 1) });
    case 'Enter':
      return move({ row: press.shift ? Math.max(0, row - 1) : Math.min(rows - 1, row + 1), column });
    case 'Tab': {
      const index = row * columns + column + (press.shift ? -1 : 1);
      if (index < 0 || index >= rows * columns) return { kind: 'leave' };
      return move({ row: Math.floor(index / columns), column: index % columns });
    }
    case 'Home':
      return move({ row, column: 0 });
    case 'End':
      return move({ row, column: columns - 1 });
    case 'Delete':
    case 'Backspace':
      return { kind: 'set', value: undefined };
    case 'F2':
      return { kind: 'details' };
    default:
      return /^[1-5]$/.test(press.key) ? { kind: 'set', value: Number(press.key) } : undefined;
  }
}
