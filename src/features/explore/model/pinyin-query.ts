import { normalizeForSearch } from '../../../domain/locale';
import type { QueryableRow } from './route-query';
import { pinyinKeysGeneration } from './search-keys';

/**
 * Folds a query for pinyin matching: lowercase Latin letters only (`QLH` → `qlh`,
 * `qing liang` → `qingliang`); `''` when it holds anything else or is shorter than 2 letters.
 */
export function pinyinQuery(query: string): string {
  const compact = normalizeForSearch(query).replace(/\s+/g, '');
  return /^[a-z]{2,}$/.test(compact) ? compact : '';
}

/** The pinyin of every row of one rows array, joined, as of one {@link pinyinKeysGeneration}. */
interface JoinedPinyin {
  readonly generation: number;
  readonly text: string;
}

const joinedPinyin = new WeakMap<readonly QueryableRow[], JoinedPinyin>();

/**
 * True when some row of `rows` has `pinyin` in its pinyin keys (`row.pinyinText`). A Latin search
 * tests the pinyin of every row its text misses, and most Latin searches ("solar", "route 12") are
 * no row's pinyin: one look over the rows' pinyin joined, made once per rows array and kept until
 * more pinyin keys are built, spares those tests (15–25 ms of a search at 100 000 routes).
 *
 * @param pinyin a folded pinyin query (`pinyinQuery`), non-empty
 */
export function pinyinAnywhere(rows: readonly QueryableRow[], pinyin: string): boolean {
  const generation = pinyinKeysGeneration();
  let joined = joinedPinyin.get(rows);
  if (joined?.generation !== generation) {
    // A line break joins them: pinyin keys hold letters and the field separator only, so no query
    // of letters spans two rows.
    joined = { generation, text: rows.map((row) => row.pinyinText).join('\n') };
    joinedPinyin.set(rows, joined);
  }
  return joined.text.includes(pinyin);
}
