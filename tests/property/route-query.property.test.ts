import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/domain/locale';
import {
  matchQuality,
  queryRoutes,
  type QueryableRow,
  type RouteQuery,
} from '../../src/features/explore/model/route-query';
import { RUNS } from './generators';

const en = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const none: RouteQuery = { trendIds: [], tagIds: [], ranges: {}, query: '', sorting: [] };
const COLUMNS = ['cost', 'performance', 'overall', 'route', 'tags'] as const;

/** A score as a table holds it: 1–5 in halves, or none. */
const score = fc.option(
  fc.integer({ min: 2, max: 10 }).map((half) => half / 2),
  { nil: undefined },
);

const rows = fc
  .array(
    fc.record({
      cost: score,
      performance: score,
      overall: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
      name: fc.constantFrom('Alpha', 'Route 2', 'Route 10', 'beta', 'Beta', 'Beta max', 'Alphabeta', '储能', '大储'),
      trendId: fc.constantFrom('chips', 'gen'),
      // A route with no tags has an empty tags text.
      tags: fc.constantFrom('', 'edge', 'Edge', 'general purpose'),
    }),
    { maxLength: 60 },
  )
  .map((items) =>
    items.map((item, index): QueryableRow => ({
      id: `r${index}`,
      trendId: item.trendId,
      tagIds: [],
      scores: { cost: item.cost, performance: item.performance },
      overall: item.overall,
      searchText: item.name.toLowerCase(),
      nameKeys: [item.name.toLowerCase()],
      pinyinText: '',
      sortText: { route: item.name, trend: item.trendId, tags: item.tags },
    })),
  );

const sorting = fc.uniqueArray(fc.record({ id: fc.constantFrom(...COLUMNS), desc: fc.boolean() }), {
  minLength: 1,
  maxLength: 4,
  selector: (key) => key.id,
});

/** What a sort means, written the plain way: compare key by key, missing values (no score, empty text) last, ties in data order. */
function plainSort(items: readonly QueryableRow[], keys: readonly { id: string; desc: boolean }[]): string[] {
  const value = (row: QueryableRow, id: string): number | string | undefined => {
    if (id === 'overall') return row.overall;
    if (id !== 'route' && id !== 'tags') return row.scores[id];
    // An empty text is a missing value.
    return row.sortText[id] || undefined;
  };
  return items
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      for (const { id, desc } of keys) {
        const left = value(a.row, id);
        const right = value(b.row, id);
        if (left === right) continue;
        if (left === undefined) return 1;
        if (right === undefined) return -1;
        const order = typeof left === 'string' ? en.compare(left, String(right)) : left - Number(right);
        if (order !== 0) return desc ? -order : order;
      }
      return a.index - b.index;
    })
    .map(({ row }) => row.id);
}

describe('queryRoutes sorting', () => {
  it('orders rows as a plain stable sort by the same keys does, for one key or several', () => {
    fc.assert(
      fc.property(rows, sorting, fc.constantFrom<readonly string[]>([], ['chips']), (items, keys, trendIds) => {
        const shown = items.filter((row) => trendIds.length === 0 || trendIds.includes(row.trendId));
        const result = queryRoutes(items, { ...none, trendIds, sorting: keys }, en);
        expect(result.rows.map((row) => row.id)).toEqual(plainSort(shown, keys));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('with a search and no sort, ranks better matches first, ties in data order', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('beta', 'be', 'route', 'ta', 'alpha', '储'), (items, query) => {
        const normalized = normalizeForSearch(query);
        const expected = items
          .map((row, index) => ({ row, index, quality: matchQuality(row, normalized, '') }))
          .filter(({ quality }) => quality > 0)
          .sort((a, b) => b.quality - a.quality || a.index - b.index)
          .map(({ row }) => row.id);
        expect(queryRoutes(items, { ...none, query }, en).rows.map((row) => row.id)).toEqual(expected);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
