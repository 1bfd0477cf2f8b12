import { describe, expect, it } from 'vitest';
import { facetIndex, facetIndexBuilder } from '../model/facet-index';
import type { QueryableRow } from '../model/route-query';

const row = (id: string, trendId: string, tagIds: string[]) => ({ id, trendId, tagIds }) as unknown as QueryableRow;

describe('facetIndex', () => {
  it('numbers trends and tags in the order the rows first name them, with one bit per tag', () => {
    const rows = [row('a', 'chips', ['edge', 'cloud']), row('b', 'gen-ai', []), row('c', 'chips', ['cloud'])];
    const index = facetIndex(rows);
    expect(index.trendIds).toEqual(['chips', 'gen-ai']);
    expect([...index.trendOf]).toEqual([0, 1, 0]);
    expect(index.tagIds).toEqual(['edge', 'cloud']);
    expect([...(index.tagMasks ?? [])]).toEqual([0b11, 0, 0b10]);
    expect(facetIndex(rows)).toBe(index);
  });

  it('gives the 32nd tag the top bit, and no masks past 32 distinct tags', () => {
    const tags = Array.from({ length: 33 }, (_, n) => `tag-${n}`);
    const first32 = facetIndex([row('a', 't', tags.slice(0, 32)), row('b', 't', ['tag-31'])]);
    expect(first32.tagMasks?.[0]).toBe(0xffffffff);
    expect(first32.tagMasks?.[1]).toBe(2 ** 31);
    const beyond = facetIndex([row('a', 't', tags.slice(0, 20)), row('b', 't', tags.slice(20))]);
    expect(beyond.tagIds).toEqual(tags);
    expect(beyond.tagMasks).toBeUndefined();
  });

  it('builds the same index in slices, and keeps one a render made meanwhile', () => {
    const tags = Array.from({ length: 33 }, (_, n) => `tag-${n}`);
    const make = () => [
      row('a', 'chips', ['edge', 'cloud']),
      row('b', 'gen-ai', []),
      row('c', 'chips', ['cloud']),
      row('d', 'multi', ['edge']),
    ];
    const sliced = make();
    const builder = facetIndexBuilder(sliced);
    builder.fill(0, 1);
    builder.fill(1, 3);
    builder.fill(3, 4);
    const index = builder.keep();
    expect(index).toEqual(facetIndex(make()));
    expect(facetIndex(sliced)).toBe(index);

    // Past 32 tags in a later slice, the masks go, as in one pass.
    const wide = [row('a', 't', tags.slice(0, 20)), row('b', 't', tags.slice(20))];
    const wideBuilder = facetIndexBuilder(wide);
    wideBuilder.fill(0, 1);
    wideBuilder.fill(1, 2);
    expect(wideBuilder.keep().tagMasks).toBeUndefined();

    const raced = make();
    const late = facetIndexBuilder(raced);
    late.fill(0, 2);
    const made = facetIndex(raced);
    late.fill(2, 4);
    expect(late.keep()).toBe(made);
  });
});
