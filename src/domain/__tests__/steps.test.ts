import { describe, expect, it } from 'vitest';
import { stepsOver } from '../steps';

/** Runs every step in order and returns the ranges they were given. */
function rangesOf(count: number, perStep: number): [number, number][] {
  const ranges: [number, number][] = [];
  const steps = stepsOver(count, perStep, (start, end) => ranges.push([start, end]));
  expect(ranges).toEqual([]); // nothing runs until a step is called
  steps.forEach((step) => step());
  return ranges;
}

describe('stepsOver', () => {
  it('covers every item once, in order, at most perStep at a time', () => {
    expect(rangesOf(250_000, 100_000)).toEqual([
      [0, 100_000],
      [100_000, 200_000],
      [200_000, 250_000],
    ]);
    expect(rangesOf(6, 3)).toEqual([
      [0, 3],
      [3, 6],
    ]);
  });

  it('gives one step, over no items, when there are none', () => {
    expect(rangesOf(0, 50_000)).toEqual([[0, 0]]);
  });
});
