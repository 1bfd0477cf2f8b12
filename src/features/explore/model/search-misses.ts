import type { QueryableRow } from './route-query';
import { pinyinKeysGeneration } from './search-keys';

/** A search over one rows array: its terms, its pinyin, and which rows it did not match. */
interface SearchMisses {
  readonly terms: readonly string[];
  readonly pinyin: string;
  /** {@link pinyinKeysGeneration} when it ran: rows read no pinyin before their edition's keys were built. */
  readonly pinyinGeneration: number;
  /** Per row position: 1 where the search's text did not match, 0 where it did or was not tested. */
  readonly misses: Uint8Array;
}

// The last search over each rows array. Typing on narrows it: a row the last search missed is not
// read again.
const lastSearch = new WeakMap<readonly QueryableRow[], SearchMisses>();

/**
 * Forgets the last search over `rows`, so that the next one tests every row as a search typed
 * afresh does (the bench times that one, not a repeat).
 */
export function forgetLastSearch(rows: readonly QueryableRow[]): void {
  lastSearch.delete(rows);
}

/**
 * True when every row matching `terms`/`pinyin` also matched `last`, so the rows `last` missed
 * need no test: each of its terms is part of one of the new terms, and a pinyin match of the new
 * query is one of its pinyin too (`route 1` → `route 12`, `ch` → `chu`). Not when pinyin keys were
 * built since: a row `last` missed may match by its pinyin now.
 */
function narrows(last: SearchMisses, terms: readonly string[], pinyin: string, pinyinGeneration: number): boolean {
  if (last.pinyinGeneration !== pinyinGeneration) return false;
  if (!last.terms.every((before) => terms.some((term) => term.includes(before)))) return false;
  return pinyin === '' || (last.pinyin !== '' && pinyin.includes(last.pinyin));
}

/**
 * Which rows of `rows` a search for `terms`/`pinyin` need not test, per row position (1: missed
 * by the last search, which this one narrows), as an array the caller fills in: it sets 1 where
 * its search misses a row. A search that does not narrow the last one gets a new array of zeros.
 */
export function searchMisses(rows: readonly QueryableRow[], terms: readonly string[], pinyin: string): Uint8Array {
  const last = lastSearch.get(rows);
  const pinyinGeneration = pinyinKeysGeneration();
  const misses = last && narrows(last, terms, pinyin, pinyinGeneration) ? last.misses : new Uint8Array(rows.length);
  lastSearch.set(rows, { terms, pinyin, pinyinGeneration, misses });
  return misses;
}
