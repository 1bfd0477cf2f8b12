import { describe, expect, it } from 'vitest';
import { facetIndex } from '../model/facet-index';
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
});
