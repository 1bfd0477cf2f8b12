import { normalizeForSearch } from '../../../domain/locale';
import { matchesTerms, searchTerms } from './search';
import type { SortKey } from '../../../domain/view-state';
import { facetIndex } from './facet-index';
import { searchMisses } from './search-misses';
import { pinyinAnywhere, pinyinQuery } from './pinyin-query';
import { multiKeyOrder, numericValue, sortedOrder } from './route-order';

/**
 * Filtering, faceting, searching and sorting the routes table (as docs/using.md describes them), as
 * one pass over precomputed fields so it stays fast at 100 000 rows.
 */

/** What a table row must carry for {@link queryRoutes}; every text is already in the reading locale. */
export interface QueryableRow {
  readonly id: string;
  readonly trendId: string;
  readonly tagIds: readonly string[];
  /** Score per criterion id (1–5), `undefined` where the route has none. */
  readonly scores: Readonly<Record<string, number | undefined>>;
  /** Weighted overall score (1–5), `undefined` without any score. */
  readonly overall: number | undefined;
  /** Both languages of everything searchable, normalised (see `routeSearchKeys`). */
  readonly searchText: string;
  /** The route's names (name, full name, aliases) in both languages, each normalised. */
  readonly nameKeys: readonly string[];
  /**
   * Pinyin of the Chinese names, full and initials (`qinglianghuamoxing␟qlhmx`), or `''` while
   * the pinyin table has not loaded.
   */
  readonly pinyinText: string;
  /** Text per text column id (`route`, `trend`, `strengths`, `weaknesses`, `tags`), for sorting. */
  readonly sortText: Readonly<Record<string, string>>;
}

/** Inclusive range of a numeric column (a criterion or `overall`), in score points (1–5). */
export type ScoreRange = readonly [min: number, max: number];

/** Everything the table's controls ask of the rows. Empty lists and a blank query filter nothing. */
export interface RouteQuery {
  readonly trendIds: readonly string[];
  /** Keep routes carrying any of these tags. */
  readonly tagIds: readonly string[];
  /** Per numeric column id; a route without a value in that column is left out. */
  readonly ranges: Readonly<Record<string, ScoreRange>>;
  readonly query: string;
  /** Sort keys, highest priority first. Without any, rows keep data order, or match quality while searching. */
  readonly sorting: readonly SortKey[];
}

/** How well a row matches the search, best first. */
export const MATCH_QUALITY = { exactName: 5, namePrefix: 4, nameContains: 3, pinyin: 2, text: 1, none: 0 } as const;

export interface QueryResult<T> {
  readonly rows: T[];
  /** Match quality per shown row's id while a query is set (see {@link MATCH_QUALITY}). */
  readonly quality: ReadonlyMap<string, number>;
  /** Rows per trend id under every filter except the trend filter. */
  readonly trendCounts: ReadonlyMap<string, number>;
  /** Rows per tag id under every filter except the tag filter. */
  readonly tagCounts: ReadonlyMap<string, number>;
  /**
   * Per trend id: how many rows would show if that trend's toggle were flipped (selected, or
   * cleared when selected), every other filter as it is. Clearing the last selected trend means
   * "all trends".
   */
  readonly trendToggleCounts: ReadonlyMap<string, number>;
  /** Per tag id: how many rows would show if that tag's toggle were flipped, as {@link trendToggleCounts}. */
  readonly tagToggleCounts: ReadonlyMap<string, number>;
  /** How many rows would show with no trend filter (the "All" toggle), every other filter as it is. */
  readonly allTrendsCount: number;
  /** The search text these rows answer, as given (not normalised): what their cells highlight. */
  readonly query: string;
}

/**
 * How many rows one facet toggle would show if flipped. `count` is the rows of that value under
 * the other filters; `gain` the rows it would add to what shows (selecting it) and `loss` the rows
 * only it keeps (clearing it); `unfiltered` the rows with no filter on this facet.
 */
function toggleCount(
  selected: readonly string[],
  id: string,
  shown: number,
  { count, gain, loss, unfiltered }: { count: number; gain: number; loss: number; unfiltered: number },
): number {
  // With nothing selected every value shows: selecting one narrows to it.
  if (selected.length === 0) return count;
  if (!selected.includes(id)) return shown + gain;
  return selected.length === 1 ? unfiltered : shown - loss;
}

/**
 * How well one row matches a normalised, non-empty query (a {@link MATCH_QUALITY} level). `terms`
 * are the query's search terms (`searchTerms`), worked out once per query when given.
 */
export function matchQuality(
  row: QueryableRow,
  normalized: string,
  pinyin: string,
  terms: readonly string[] = searchTerms(normalized),
): number {
  let best: number = MATCH_QUALITY.none;
  for (const name of row.nameKeys) {
    if (name === normalized) return MATCH_QUALITY.exactName;
    if (name.startsWith(normalized)) best = Math.max(best, MATCH_QUALITY.namePrefix);
    else if (name.includes(normalized)) best = Math.max(best, MATCH_QUALITY.nameContains);
  }
  if (best > MATCH_QUALITY.none) return best;
  if (pinyin && row.pinyinText.includes(pinyin)) return MATCH_QUALITY.pinyin;
  return matchesTerms(row.searchText, terms) ? MATCH_QUALITY.text : MATCH_QUALITY.none;
}

/**
 * Filters, counts facets, ranks by match quality and sorts `rows` in one pass plus one sort.
 *
 * - Trend, tag (any of), range and search filters combine with AND; facet counts ignore their own facet.
 * - Sorting is stable; missing values (`undefined`) go last in both directions; text sorts by
 *   `collator` (pass `Intl.Collator('zh-CN' | 'en', { numeric: true })` so `Route 2` < `Route 10`).
 * - With a query and no sort keys, better matches come first.
 */
export function queryRoutes<T extends QueryableRow>(
  rows: readonly T[],
  query: RouteQuery,
  collator: Intl.Collator,
): QueryResult<T> {
  const normalized = normalizeForSearch(query.query);
  const terms = searchTerms(query.query);
  const pinyinOfQuery = normalized ? pinyinQuery(query.query) : '';
  // '' when no row's pinyin holds it: then no row is tested for it.
  const pinyin = pinyinOfQuery && pinyinAnywhere(rows, pinyinOfQuery) ? pinyinOfQuery : '';
  const facets = facetIndex(rows);
  const wantTrend = new Uint8Array(facets.trendIds.length);
  for (const id of query.trendIds) {
    const trend = facets.trendIds.indexOf(id);
    if (trend !== -1) wantTrend[trend] = 1;
  }
  const anyTrend = query.trendIds.length === 0;
  const anyTag = query.tagIds.length === 0;
  let tagFilter = 0;
  for (const id of query.tagIds) {
    const bit = facets.tagIds.indexOf(id);
    if (bit !== -1) tagFilter |= 2 ** bit;
  }
  const tagSet = new Set(query.tagIds);
  const ranges = Object.entries(query.ranges).map(([columnId, [min, max]]) => ({ columnId, min, max }));
  // Match quality per row position while searching (a map of 100 000 ids cost more than the search).
  const qualities = normalized ? new Uint8Array(rows.length) : undefined;
  const trendTally = new Int32Array(facets.trendIds.length);
  const tagTally = new Int32Array(facets.tagIds.length);
  // Rows a tag would add (carrying it and no selected tag) or only it keeps (its one selected tag).
  const tagGain = new Int32Array(facets.tagIds.length);
  const tagLoss = new Int32Array(facets.tagIds.length);
  let inTrendCount = 0;
  const kept: T[] = [];
  // Which rows pass, by position: a single-key sort then walks its cached order once.
  const keep = new Uint8Array(rows.length);
  const misses = normalized ? searchMisses(rows, terms, pinyin) : undefined;

  for (let position = 0; position < rows.length; position++) {
    const row = rows[position] as T;
    // The cheap tests first: a range, then the facets, and the search text last. A row outside
    // both facets counts for neither, so it is never searched.
    let inRange = true;
    for (const range of ranges) {
      const value = numericValue(row, range.columnId);
      if (value === undefined || value < range.min || value > range.max) {
        inRange = false;
        break;
      }
    }
    if (!inRange) continue;
    const trend = facets.trendOf[position] ?? 0;
    const inTrend = anyTrend || wantTrend[trend] === 1;
    const mask = facets.tagMasks?.[position];
    const inTags =
      anyTag || (mask === undefined ? row.tagIds.some((tag) => tagSet.has(tag)) : (mask & tagFilter) !== 0);
    if (!inTrend && !inTags) continue;
    if (misses) {
      // Most rows do not match at all: the plain test before the ranking, and none for a row a
      // broader search already missed.
      if (misses[position] === 1) continue;
      if (!matchesTerms(row.searchText, terms) && !(pinyin && row.pinyinText.includes(pinyin))) {
        misses[position] = 1;
        continue;
      }
      if (inTrend && inTags && qualities) qualities[position] = matchQuality(row, normalized, pinyin, terms);
    }
    if (inTags) trendTally[trend] = (trendTally[trend] ?? 0) + 1;
    if (inTrend) {
      inTrendCount += 1;
      if (mask === undefined) {
        const matched = anyTag ? [] : row.tagIds.filter((tag) => tagSet.has(tag));
        for (const tag of row.tagIds) {
          const bit = facets.tagIds.indexOf(tag);
          tagTally[bit] = (tagTally[bit] ?? 0) + 1;
          if (!anyTag && matched.length === 0) tagGain[bit] = (tagGain[bit] ?? 0) + 1;
          if (matched.length === 1 && matched[0] === tag) tagLoss[bit] = (tagLoss[bit] ?? 0) + 1;
        }
      } else {
        const matched = mask & tagFilter;
        for (let rest = mask; rest !== 0; rest &= rest - 1) {
          const bit = 31 - Math.clz32(rest & -rest);
          tagTally[bit] = (tagTally[bit] ?? 0) + 1;
          if (!anyTag && matched === 0) tagGain[bit] = (tagGain[bit] ?? 0) + 1;
        }
        // One bit set: the row shows for that selected tag alone.
        if (matched !== 0 && (matched & (matched - 1)) === 0) {
          const bit = 31 - Math.clz32(matched);
          tagLoss[bit] = (tagLoss[bit] ?? 0) + 1;
        }
      }
    }
    if (inTrend && inTags) {
      kept.push(row);
      keep[position] = 1;
    }
  }
  const trendCounts = new Map<string, number>();
  facets.trendIds.forEach((id, trend) => {
    if (trendTally[trend]) trendCounts.set(id, trendTally[trend] ?? 0);
  });
  const tagCounts = new Map<string, number>();
  facets.tagIds.forEach((id, bit) => {
    if (tagTally[bit]) tagCounts.set(id, tagTally[bit] ?? 0);
  });
  const shown = kept.length;
  let allTrendsCount = 0;
  for (const count of trendCounts.values()) allTrendsCount += count;
  const trendToggleCounts = new Map<string, number>();
  for (const id of new Set([...facets.trendIds, ...query.trendIds])) {
    // A row has one trend: selecting a trend adds all of its rows, clearing it removes them.
    const count = trendCounts.get(id) ?? 0;
    trendToggleCounts.set(
      id,
      toggleCount(query.trendIds, id, shown, { count, gain: count, loss: count, unfiltered: allTrendsCount }),
    );
  }
  const tagToggleCounts = new Map<string, number>();
  for (const id of new Set([...facets.tagIds, ...query.tagIds])) {
    const bit = facets.tagIds.indexOf(id);
    tagToggleCounts.set(
      id,
      toggleCount(query.tagIds, id, shown, {
        count: tagCounts.get(id) ?? 0,
        gain: tagGain[bit] ?? 0,
        loss: tagLoss[bit] ?? 0,
        unfiltered: inTrendCount,
      }),
    );
  }
  let quality: Map<string, number> | undefined;
  // A getter is copied by value by a spread: each result is written out whole.
  const resultOf = (shownRows: T[]): QueryResult<T> => ({
    rows: shownRows,
    trendCounts,
    tagCounts,
    trendToggleCounts,
    tagToggleCounts,
    allTrendsCount,
    query: query.query,
    // Made on first read: the table ranks by position, and only tests ask for it by id.
    get quality(): ReadonlyMap<string, number> {
      if (!quality) {
        quality = new Map();
        if (qualities)
          for (let position = 0; position < rows.length; position++)
            if (keep[position] === 1) quality.set((rows[position] as T).id, qualities[position] ?? 0);
      }
      return quality;
    },
  });

  const [onlyKey] = query.sorting;
  if (onlyKey && query.sorting.length === 1) {
    const { order } = sortedOrder(rows, onlyKey, collator);
    const sorted: T[] = [];
    for (const position of order) if (keep[position] === 1) sorted.push(rows[position] as T);
    return resultOf(sorted);
  }
  if (query.sorting.length > 0) {
    const sorted = multiKeyOrder(rows, query.sorting, keep, collator).map((position) => rows[position] as T);
    return resultOf(sorted);
  }
  if (normalized) {
    // Best matches first, ties in data order: a stable bucket sort over the few quality levels,
    // one pass where a comparison sort of 100 000 matches looked each quality up twice per compare.
    const buckets: T[][] = Array.from({ length: MATCH_QUALITY.exactName + 1 }, () => []);
    for (let position = 0; position < rows.length; position++)
      if (keep[position] === 1) buckets[qualities?.[position] ?? MATCH_QUALITY.none]?.push(rows[position] as T);
    return resultOf(buckets.reverse().flat());
  }
  return resultOf(kept);
}
