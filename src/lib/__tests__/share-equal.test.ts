import { describe, expect, it } from 'vitest';
import { shareEqual } from '../share-equal';

describe('shareEqual', () => {
  const previous = {
    trendIds: ['ai-chips'],
    selection: ['gpu', 'asic'],
    sorting: [{ id: 'cost', desc: false }],
    ranges: { cost: [2, 5] as const },
    query: 'gpu',
    baseline: undefined as string | undefined,
  };

  it('keeps the previous value whole when nothing differs', () => {
    const next = structuredClone(previous);
    expect(shareEqual(previous, next)).toBe(previous);
  });

  it('keeps each unchanged part and takes each changed one', () => {
    const next = { ...structuredClone(previous), trendIds: ['ai-chips', 'generative-ai'], query: 'gpus' };
    const shared = shareEqual(previous, next);
    expect(shared).not.toBe(previous);
    expect(shared).toEqual(next);
    expect(shared.selection).toBe(previous.selection);
    expect(shared.sorting).toBe(previous.sorting);
    expect(shared.ranges).toBe(previous.ranges);
    expect(shared.query).toBe('gpus');
  });

  it('shares at any depth: the unchanged items of a changed array, the unchanged tuples of a changed record', () => {
    const next = {
      ...structuredClone(previous),
      sorting: [
        { id: 'cost', desc: false },
        { id: 'performance', desc: true },
      ],
      ranges: { cost: [2, 5] as const, overall: [3, 5] as const },
    };
    const shared = shareEqual(previous, next);
    expect(shared.sorting).not.toBe(previous.sorting);
    expect(shared.sorting[0]).toBe(previous.sorting[0]);
    expect(shared.sorting[1]).toBe(next.sorting[1]);
    expect(shared.ranges).not.toBe(previous.ranges);
    expect(shared.ranges.cost).toBe(previous.ranges.cost);
  });

  it('tells a reordered array, a shorter one and a key set to undefined from the previous value', () => {
    expect(shareEqual(['gpu', 'asic'], ['asic', 'gpu'])).toEqual(['asic', 'gpu']);
    const longer = ['gpu', 'asic'];
    const shorter = shareEqual(longer, ['gpu']);
    expect(shorter).toEqual(['gpu']);
    expect(shorter).not.toBe(longer);
    const without: Record<string, number | undefined> = { cost: 50 };
    const withUndefined = shareEqual(without, { cost: 50, performance: undefined });
    expect(withUndefined).not.toBe(without);
    expect(Object.keys(withUndefined)).toEqual(['cost', 'performance']);
  });

  it('compares anything but arrays and plain objects by identity, and NaN as equal to itself', () => {
    const date = new Date(0);
    expect(shareEqual(date, new Date(0))).not.toBe(date);
    expect(shareEqual({ at: date }, { at: date }).at).toBe(date);
    const nan = { value: Number.NaN };
    expect(shareEqual(nan, { value: Number.NaN })).toBe(nan);
  });
});
