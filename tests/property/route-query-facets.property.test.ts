import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryRoutes, type QueryableRow, type RouteQuery } from '../../src/features/explore/model/route-query';
import { RUNS } from './generators';

const en = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const TRENDS = ['chips', 'gen', 'multi'] as const;
const TAGS = ['x', 'y', 'z'] as const;

const rows = fc
  .array(
    fc.record({
      trendId: fc.constantFrom(...TRENDS),
      tagIds: fc.subarray([...TAGS]),
      cost: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      name: fc.constantFrom('alpha', 'beta', 'alphabeta', 'route 2', '储能'),
    }),
    { maxLength: 50 },
  )
  .map((items) =>
    items.map((item, index): QueryableRow => ({
      id: `r${index}`,
      trendId: item.trendId,
      tagIds: item.tagIds,
      scores: { cost: item.cost },
      overall: item.cost,
      searchText: item.name,
      nameKeys: [item.name],
      // The pinyin keys of 储能 (full, then initials), so that pinyin queries match it.
      pinyinText: item.name === '储能' ? 'chuneng\u241fcn' : '',
      sortText: { route: item.name },
    })),
  );

const query = fc.record({
  trendIds: fc.subarray([...TRENDS]),
  tagIds: fc.subarray([...TAGS]),
  ranges: fc.option(
    fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 })).map(([min, span]) => ({
      cost: [min, Math.min(5, min + span)] as const,
    })),
    { nil: {} },
  ),
  query: fc.constantFrom('', 'alpha', 'beta', 'route', '储', 'nothing'),
  sorting: fc.constant([]),
});

/** Which rows a query keeps, written the plain way: every filter tested on every row. */
function plainFilter(items: readonly QueryableRow[], { trendIds, tagIds, ranges, query: text }: RouteQuery): string[] {
  return items
    .filter(
      (row) =>
        (trendIds.length === 0 || trendIds.includes(row.trendId)) &&
        (tagIds.length === 0 || row.tagIds.some((tag) => tagIds.includes(tag))) &&
        Object.entries(ranges).every(([id, [min, max]]) => {
          const value = row.scores[id];
          return value !== undefined && value >= min && value <= max;
        }) &&
        row.searchText.includes(text),
    )
    .map((row) => row.id);
}

const flip = (selected: readonly string[], id: string) =>
  selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id];

describe('queryRoutes facets', () => {
  it('keeps the rows a plain filter keeps, and counts for each toggle the rows its flip would show', () => {
    fc.assert(
      fc.property(rows, query, (items, routeQuery) => {
        const result = queryRoutes(items, routeQuery, en);
        // As sets: a search ranks its matches (the other property tests check the order).
        expect(result.rows.map((row) => row.id).sort()).toEqual(plainFilter(items, routeQuery).sort());
        // Toggles are counted for the values the rows carry or the query selects.
        for (const trend of new Set([...items.map((row) => row.trendId), ...routeQuery.trendIds])) {
          const flipped = { ...routeQuery, trendIds: flip(routeQuery.trendIds, trend) };
          expect(result.trendToggleCounts.get(trend)).toBe(plainFilter(items, flipped).length);
          const only = plainFilter(items, { ...routeQuery, trendIds: [trend] }).length;
          expect(result.trendCounts.get(trend) ?? 0).toBe(only);
        }
        for (const tag of new Set([...items.flatMap((row) => row.tagIds), ...routeQuery.tagIds])) {
          const flipped = { ...routeQuery, tagIds: flip(routeQuery.tagIds, tag) };
          expect(result.tagToggleCounts.get(tag)).toBe(plainFilter(items, flipped).length);
          const only = plainFilter(items, { ...routeQuery, tagIds: [tag] }).length;
          expect(result.tagCounts.get(tag) ?? 0).toBe(only);
        }
        expect(result.allTrendsCount).toBe(plainFilter(items, { ...routeQuery, trendIds: [] }).length);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('gives each search of a sequence over the same rows what it gives over rows it has not seen', () => {
    // Typing on narrows the last search: the rows it missed are not tested again.
    const typing = fc.array(
      fc.record({
        query: fc.constantFrom(
          'a',
          'al',
          'alp',
          'alpha',
          'alphab',
          'b',
          'be',
          'beta',
          'ta',
          'r',
          'ro',
          'route 2',
          '储',
          '储能',
          'c',
          'ch',
          'chu',
          'chun',
          'cn',
          ' a',
        ),
        trendIds: fc.subarray([...TRENDS]),
        tagIds: fc.subarray([...TAGS]),
      }),
      { minLength: 2, maxLength: 8 },
    );
    fc.assert(
      fc.property(rows, typing, (items, steps) => {
        for (const step of steps) {
          const routeQuery = { ...step, ranges: {}, sorting: [] };
          const fresh = queryRoutes([...items], routeQuery, en);
          const again = queryRoutes(items, routeQuery, en);
          expect(again.rows.map((row) => row.id)).toEqual(fresh.rows.map((row) => row.id));
          expect([...again.trendToggleCounts]).toEqual([...fresh.trendToggleCounts]);
          expect([...again.tagToggleCounts]).toEqual([...fresh.tagToggleCounts]);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });
});
