import type { QueryableRow } from './route-query';

/** Trend and tag ids as small integers per row, built once per rows array: the filter loop then compares numbers. */
export interface FacetIndex {
  readonly trendIds: readonly string[];
  readonly trendOf: Int32Array;
  readonly tagIds: readonly string[];
  /** One bit per tag (up to 32 distinct tags); `undefined` beyond that, and tags are read from the rows. */
  readonly tagMasks: Uint32Array | undefined;
}

const facetCache = new WeakMap<readonly QueryableRow[], FacetIndex>();

/**
 * The rows' trends and tags as numbers (see {@link FacetIndex}), built once per rows array and
 * kept for as long as the array lives.
 */
export function facetIndex(rows: readonly QueryableRow[]): FacetIndex {
  const kept = facetCache.get(rows);
  if (kept) return kept;
  const builder = facetIndexBuilder(rows);
  builder.fill(0, rows.length);
  return builder.keep();
}

/** Builds {@link facetIndex} a slice of rows at a time (see {@link facetIndexBuilder}). */
export interface FacetIndexBuilder {
  /** Indexes rows `start` up to (not including) `end`; slices are filled in order, from 0. */
  fill(start: number, end: number): void;
  /**
   * Keeps the index for the rows and returns it, once every row is filled; an index kept
   * meanwhile (a render asked for it) stays and is returned instead.
   */
  keep(): FacetIndex;
}

/**
 * A {@link facetIndex} built in slices, each in a task of its own: at 300 000 routes the index in
 * one pass was a task of 140–240 ms with its garbage collection.
 */
export function facetIndexBuilder(rows: readonly QueryableRow[]): FacetIndexBuilder {
  // One pass with maps: at 300 000 routes, a search of the id lists per row took 105 ms.
  const trendIds: string[] = [];
  const tagIds: string[] = [];
  const trendNumbers = new Map<string, number>();
  const tagBits = new Map<string, number>();
  const trendOf = new Int32Array(rows.length);
  let tagMasks: Uint32Array | undefined = new Uint32Array(rows.length);
  return {
    fill(start, end) {
      for (let position = start; position < end; position++) {
        const row = rows[position] as QueryableRow;
        let trend = trendNumbers.get(row.trendId);
        if (trend === undefined) {
          trend = trendIds.push(row.trendId) - 1;
          trendNumbers.set(row.trendId, trend);
        }
        trendOf[position] = trend;
        let mask = 0;
        for (const tag of row.tagIds) {
          let bit = tagBits.get(tag);
          if (bit === undefined) {
            bit = tagIds.push(tag) - 1;
            tagBits.set(tag, bit);
          }
          if (bit < 32) mask |= 2 ** bit;
        }
        if (tagMasks) tagMasks[position] = mask >>> 0;
        // Past 32 distinct tags there is no bit for each: tags are read from the rows.
        if (tagIds.length > 32) tagMasks = undefined;
      }
    },
    keep() {
      let index = facetCache.get(rows);
      if (!index) {
        index = { trendIds, trendOf, tagIds, tagMasks };
        facetCache.set(rows, index);
      }
      return index;
    },
  };
}
