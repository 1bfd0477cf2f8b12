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
});
