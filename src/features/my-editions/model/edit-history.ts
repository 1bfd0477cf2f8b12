/**
 * Undo and redo for the editor: the states before (`past`, oldest first) and after (`future`,
 * nearest first) the present one, which the caller holds (the editor's edition is controlled by its
 * parent, so the history never owns the present). Pure and immutable: every function returns a new
 * history.
 *
 * Typing groups into one step: an edit that names the same `group` as the one before it, less than
 * {@link COALESCE_MS} after it, extends that step instead of starting a new one (the window slides
 * with each keystroke). An edit with no group (add, remove, move, a score) is always its own step.
 */

/** How long (ms) a pause in typing may last and still continue the same undo step. */
export const COALESCE_MS = 1000;

/** How many undo steps are kept; the oldest go first. */
export const MAX_UNDO_STEPS = 200;

export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
  /** The group and time (ms) of the last recorded edit, while it may still be extended. */
  readonly last?: { readonly group: string; readonly at: number };
}

/** A history with nothing to undo or redo. */
export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [] };
}

/**
 * The history after an edit that replaced `before` (the present until now). `group` names what was
 * edited (e.g. `criteria.latency.label.en`); `at` is the time in ms. Clears the redo steps.
 */
export function recordEdit<T>(
  history: EditHistory<T>,
  before: T,
  group: string | undefined,
  at: number,
): EditHistory<T> {
  const extends_ =
    group !== undefined &&
    history.last !== undefined &&
    history.last.group === group &&
    at - history.last.at < COALESCE_MS &&
    history.past.length > 0;
  const past = extends_ ? history.past : [...history.past, before].slice(-MAX_UNDO_STEPS);
  return { past, future: [], ...(group === undefined ? {} : { last: { group, at } }) };
}

/** The state to show after Undo, and the history then; `undefined` when there is nothing to undo. */
export function undoEdit<T>(
  history: EditHistory<T>,
  present: T,
): { readonly state: T; readonly history: EditHistory<T> } | undefined {
  if (history.past.length === 0) return undefined;
  const state = history.past[history.past.length - 1] as T;
  return { state, history: { past: history.past.slice(0, -1), future: [present, ...history.future] } };
}

/** The state to show after Redo, and the history then; `undefined` when there is nothing to redo. */
export function redoEdit<T>(
  history: EditHistory<T>,
  present: T,
): { readonly state: T; readonly history: EditHistory<T> } | undefined {
  if (history.future.length === 0) return undefined;
  const state = history.future[0] as T;
  return { state, history: { past: [...history.past, present], future: history.future.slice(1) } };
}
