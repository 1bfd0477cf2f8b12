import type { LocalizedText } from '../../../domain/edition/schema';

/** Reading the text of one CSV cell: formula guards, lists, ids made from names. */

/** List cells (strengths, weaknesses, examples) split on semicolons, ASCII or full-width. */
export const LIST_SEPARATOR = /[;；]/;
/** Tag cells also split on commas and the Chinese enumeration comma. */
export const TAG_SEPARATOR = /[;；,，、]/;

/**
 * Undoes our CSV export's formula guard: a text cell written as `'=…` (or `'+`, `'-`, `'@`, tab,
 * carriage return) reads back as `=…`, and `''=…` as `'=…`, so an exported file re-imports unchanged.
 */
export function unguardCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A lowercase-ASCII id from `text` (`Energy storage` → `energy-storage`), or `''` when none is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` … whichever `taken` does not hold yet; the id returned is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The same text in both languages (a cell says it in one language only). */
export function both(text: string): LocalizedText {
  return { zh: text, en: text };
}

/** The original text when the cell still says what it said in either language; else the cell, in both. */
export function keepOrReplace(original: LocalizedText | undefined, cell: string): LocalizedText {
  return original && (original.zh === cell || original.en === cell) ? original : both(cell);
}

/** The non-blank items of a list cell, trimmed. */
export function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** True when both lists hold the very same text objects, in the same order. */
export function sameList(a: readonly LocalizedText[], b: readonly LocalizedText[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
