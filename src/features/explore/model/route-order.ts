import type { SortKey } from '../../../domain/view-state';
import type { QueryableRow } from './route-query';

/**
 * The routes table's sort orders, kept per rows array: each column's order and ranks are computed
 * once, so a sort click or a filter change while sorted costs a pass over cached positions, and
 * several sort keys compare small integers (see `queryRoutes`).
 */

// Text columns sort by rank: the collator runs once per distinct text, not once per comparison.
const rankCache = new WeakMap<readonly QueryableRow[], Map<string, Map<string, number>>>();

function textRanks(rows: readonly QueryableRow[], columnId: string, collator: Intl.Collator): Map<string, number> {
  let byColumn = rankCache.get(rows);
  if (!byColumn) {
    byColumn = new Map();
    rankCache.set(rows, byColumn);
  }
  const key = `${columnId}\u0000${collator.resolvedOptions().locale}`;
  let ranks = byColumn.get(key);
  if (!ranks) {
    const texts = [...new Set(rows.map((row) => row.sortText[columnId] ?? ''))].sort(collator.compare);
    // Texts the collator calls equal ("Beta", "beta") share a rank: they tie, as equal scores do.
    ranks = new Map();
    let rank = -1;
    texts.forEach((text, index) => {
      if (index === 0 || collator.compare(texts[index - 1] ?? '', text) !== 0) rank += 1;
      (ranks as Map<string, number>).set(text, rank);
    });
    byColumn.set(key, ranks);
  }
  return ranks;
}

/** A row's value in a numeric column: a criterion's score or `overall` (1–5), `undefined` when it has none. */
export function numericValue(row: QueryableRow, columnId: string): number | undefined {
  return columnId === 'overall' ? row.overall : row.scores[columnId];
}

function isNumericColumn(rows: readonly QueryableRow[], columnId: string): boolean {
  return columnId === 'overall' || (rows[0] !== undefined && columnId in rows[0].scores);
}

/**
 * The rows' order by one column and direction: `order` lists positions in `rows`, sorted, ties in
 * data order; `rank` gives each position its value's place among the column's distinct values in
 * that direction (equal values share a rank, a missing value ranks last).
 */
export interface ColumnOrder {
  readonly order: Int32Array;
  readonly rank: Int32Array;
  /** How many ranks there can be: the distinct values, plus one for a missing value. */
  readonly ranks: number;
}

// Computed once per rows array, column and direction: a sort click, or any filter change while
// sorted, then costs one pass instead of a sort, and several sort keys compare small integers.
const orderCache = new WeakMap<readonly QueryableRow[], Map<string, ColumnOrder>>();

/**
 * The order of `rows` by one sort key (a criterion, `overall`, or a text column sorted by
 * `collator`), computed once per rows array, key, direction and collation, then kept.
 */
export function sortedOrder(rows: readonly QueryableRow[], key: SortKey, collator: Intl.Collator): ColumnOrder {
  let byKey = orderCache.get(rows);
  if (!byKey) {
    byKey = new Map();
    orderCache.set(rows, byKey);
  }
  const cacheKey = `${key.id}\u0000${key.desc ? 'desc' : 'asc'}\u0000${collator.resolvedOptions().locale}`;
  let column = byKey.get(cacheKey);
  if (!column) {
    let values: (number | undefined)[];
    if (isNumericColumn(rows, key.id)) values = rows.map((row) => numericValue(row, key.id));
    else {
      const ranks = textRanks(rows, key.id, collator);
      // An empty text (a route with no tags or no strengths) is a missing value: it sorts last.
      values = rows.map((row) => {
        const text = row.sortText[key.id] ?? '';
        return text === '' ? undefined : ranks.get(text);
      });
    }
    // Only the distinct values are sorted by comparison (five at most for a score); the rows are
    // then placed by rank with a counting sort, in two passes, ties in data order.
    const distinct = [...new Set(values)].filter((value) => value !== undefined);
    distinct.sort((left, right) => (key.desc ? right - left : left - right));
    const rankOf = new Map(distinct.map((value, index) => [value, index]));
    const count = rows.length;
    const rank = new Int32Array(count);
    for (let position = 0; position < count; position++) {
      const value = values[position];
      rank[position] = value === undefined ? distinct.length : (rankOf.get(value) ?? distinct.length);
    }
    const order = orderByRank(identityPositions(count), rank, distinct.length + 1);
    column = { order, rank, ranks: distinct.length + 1 };
    byKey.set(cacheKey, column);
  }
  return column;
}

/**
 * The positions in `rows` where `keep` is 1, ordered by several sort keys (highest priority
 * first), ties in data order. Each key is one cached {@link sortedOrder}; the kept positions are
 * placed by each key's ranks in turn, a stable counting sort per key from the last key to the
 * first (a radix sort): no comparisons, whatever the number of keys or of distinct values.
 */
export function multiKeyOrder(
  rows: readonly QueryableRow[],
  keys: readonly SortKey[],
  keep: Uint8Array,
  collator: Intl.Collator,
): number[] {
  const columns = keys.map((key) => sortedOrder(rows, key, collator));
  let kept = 0;
  for (let position = 0; position < keep.length; position++) kept += keep[position] === 1 ? 1 : 0;
  let positions = new Int32Array(kept);
  for (let position = 0, index = 0; position < keep.length; position++) {
    if (keep[position] === 1) positions[index++] = position;
  }
  // Least significant key first: each pass is stable, so the keys before it decide only ties.
  for (let index = columns.length - 1; index >= 0; index--) {
    const column = columns[index] as ColumnOrder;
    positions = orderByRank(positions, column.rank, column.ranks);
  }
  return Array.from(positions);
}

/** 0, 1, … `count - 1`. */
function identityPositions(count: number): Int32Array<ArrayBuffer> {
  const positions = new Int32Array(count);
  for (let position = 0; position < count; position++) positions[position] = position;
  return positions;
}

/**
 * `positions` reordered by `rank[position]`, lowest first, positions of equal rank in the order
 * they came (a stable counting sort: two passes over `positions` and one over the ranks; at
 * 100 000 rows it replaced a sort of packed numbers).
 *
 * @param positions indexes into `rank`
 * @param rank each position's rank, an integer from 0 to `ranks - 1`
 * @param ranks how many ranks there can be
 * @returns a new array, as long as `positions`
 */
function orderByRank(positions: Int32Array, rank: Int32Array, ranks: number): Int32Array<ArrayBuffer> {
  // starts[r + 1] counts rank r; summed, starts[r] is where rank r's first position goes.
  const starts = new Int32Array(ranks + 1);
  for (const position of positions) {
    const next = (rank[position] ?? 0) + 1;
    starts[next] = (starts[next] ?? 0) + 1;
  }
  for (let place = 1; place <= ranks; place++) starts[place] = (starts[place] ?? 0) + (starts[place - 1] ?? 0);
  const ordered = new Int32Array(positions.length);
  for (const position of positions) {
    const place = rank[position] ?? 0;
    ordered[starts[place] ?? 0] = position;
    starts[place] = (starts[place] ?? 0) + 1;
  }
  return ordered;
}
