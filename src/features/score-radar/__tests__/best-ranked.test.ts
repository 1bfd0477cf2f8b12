import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestRanked } from '../model/best-ranked';

const routes = [
  { id: 'gpu', overall: 3.7 },
  { id: 'asic', overall: 3.3 },
  { id: 'fpga', overall: undefined },
  { id: 'llm', overall: 4 },
  { id: 'lora', overall: 3.7 },
];

describe('bestRanked', () => {
  it('keeps the highest scores, best first, ties in their order, a missing score last', () => {
    expect(bestRanked(routes, 3, (route) => route.overall).map((route) => route.id)).toEqual(['llm', 'gpu', 'lora']);
    expect(bestRanked(routes, 4, (route) => route.overall).map((route) => route.id)).toEqual([
      'llm',
      'gpu',
      'lora',
      'asic',
    ]);
  });

  it('returns every item, in its order, when there are no more than asked for', () => {
    expect(bestRanked(routes, 5, (route) => route.overall).map((route) => route.id)).toEqual([
      'gpu',
      'asic',
      'fpga',
      'llm',
      'lora',
    ]);
  });

  it('agrees with a full sort on a larger list', () => {
    const many = Array.from({ length: 500 }, (_, index) => ({ id: index, overall: (index * 37) % 101 }));
    const sorted = [...many].sort((a, b) => b.overall - a.overall).slice(0, 9);
    expect(bestRanked(many, 9, (item) => item.overall)).toEqual(sorted);
  });

  it('breaks ties by the order given, whatever order the items come in', () => {
    const place = new Map(routes.map((route, index) => [route.id, index]));
    const order = (route: (typeof routes)[number]) => place.get(route.id) ?? 0;
    const reversed = [...routes].reverse();
    expect(bestRanked(reversed, 2, (route) => route.overall).map((route) => route.id)).toEqual(['llm', 'lora']);
    expect(bestRanked(reversed, 2, (route) => route.overall, order).map((route) => route.id)).toEqual(['llm', 'gpu']);
    expect(bestRanked(reversed, 5, (route) => route.overall, order).map((route) => route.id)).toEqual([
      'gpu',
      'asic',
      'fpga',
      'llm',
      'lora',
    ]);
  });

  it('is a sort by score, then by the order given, cut to the count; each score read once', () => {
    const item = fc.record({ overall: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), place: fc.nat() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (items, count) => {
        let reads = 0;
        const score = (entry: (typeof items)[number]) => {
          reads += 1;
          return entry.overall;
        };
        const chosen = bestRanked(items, count, score, (entry) => entry.place);
        const value = (entry: (typeof items)[number]) => entry.overall ?? -Infinity;
        const sorted = [...items].sort((a, b) => value(b) - value(a) || a.place - b.place);
        // Equal scores and places are interchangeable: compare what decides the rank.
        const key = (entry: (typeof items)[number]) => [entry.overall, entry.place];
        if (items.length > count) {
          expect(chosen.map(key)).toEqual(sorted.slice(0, count).map(key));
          expect(reads).toBe(items.length);
        } else expect(chosen.map(key)).toEqual([...items].sort((a, b) => a.place - b.place).map(key));
      }),
    );
  });
});
