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
    // then ordered by rank and position, packed in one number, with the typed array's native sort.
    const distinct = [...new Set(values)].filter((value) => value !== undefined);
    distinct.sort((left, right) => (key.desc ? right - left : left - right));
    const rankOf = new Map(distinct.map((value, index) => [value, index]));
    const count = rows.length;
    const rank = new Int32Array(count);
    const packed = new Float64Array(count);
    for (let position = 0; position < count; position++) {
      const value = values[position];
      const place = value === undefined ? distinct.length : (rankOf.get(value) ?? distinct.length);
      rank[position] = place;
      packed[position] = place * count + position;
    }
    packed.sort();
    const order = new Int32Array(count);
    for (let index = 0; index < count; index++) order[index] = (packed[index] ?? 0) % count;
    column = { order, rank, ranks: distinct.length + 1 };
    byKey.set(cacheKey, column);
  }
  return column;
}

/**
 * The positions in `rows` where `keep` is 1, ordered by several sort keys (highest priority
 * first), ties in data order. Each key is one cached {@link sortedOrder}; while the product of
 * their rank counts and the row count fits a double exactly, each position's ranks are packed in
 * one number and sorted natively, else compared key by key.
 */
export function multiKeyOrder(
  rows: readonly QueryableRow[],
  keys: readonly SortKey[],
  keep: Uint8Array,
  collator: Intl.Collator,
): number[] {
  const columns = keys.map((key) => sortedOrder(rows, key, collator));
  const positions: number[] = [];
  for (let position = 0; position < keep.length; position++) if (keep[position] === 1) positions.push(position);
  const count = rows.length;
  const span = columns.reduce((product, column) => product * column.ranks, count);
  if (span <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(positions.length);
    positions.forEach((position, index) => {
      let value = 0;
      for (const column of columns) value = value * column.ranks + (column.rank[position] ?? 0);
      packed[index] = value * count + position;
    });
    packed.sort();
    return Array.from(packed, (value) => value % count);
  }
  return positions.sort((a, b) => {
    for (const column of columns) {
      const difference = (column.rank[a] ?? 0) - (column.rank[b] ?? 0);
      if (difference !== 0) return difference;
    }
    return a - b;
  });
}
