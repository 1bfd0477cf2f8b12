import { describe, expect, it } from 'vitest';
import { equalWeights, overallScore } from '../scoring';

const criteria = [{ id: 'cost' }, { id: 'performance' }, { id: 'flexibility' }];
const score = (value: number) => ({ value, rationale: { zh: '依据', en: 'reason' }, cites: ['strengths[0]'] });

describe('overallScore', () => {
  it('is the equal-weight mean by default', () => {
    // Large-model pretraining: cost 1, performance 5, flexibility 5 → 11 / 3.
    const route = { scores: { cost: score(1), performance: score(5), flexibility: score(5) } };
    expect(overallScore(route, criteria)).toBeCloseTo(3.6667, 4);
  });

  it('gives equal means exactly equal values, whatever order the sums run in', () => {
    // GPU 2 + 4 + 5 and large-model pretraining 1 + 5 + 5 both make 11 / 3.
    const gpu = { scores: { cost: score(2), performance: score(4), flexibility: score(5) } };
    const pretraining = { scores: { cost: score(1), performance: score(5), flexibility: score(5) } };
    expect(overallScore(gpu, criteria)).toBe(overallScore(pretraining, criteria));
  });

  it('follows the weights', () => {
    const route = { scores: { cost: score(1), performance: score(5), flexibility: score(5) } };
    expect(overallScore(route, criteria, { cost: 0.5, performance: 0.25, flexibility: 0.25 })).toBe(3);
  });

  it('leaves a missing score out and renormalises the other weights', () => {
    const route = { scores: { cost: score(2), performance: score(4) } };
    expect(overallScore(route, criteria)).toBe(3);
  });

  it('is undefined when no weighted criterion has a score', () => {
    expect(overallScore({ scores: {} }, criteria)).toBeUndefined();
    expect(overallScore({ scores: { cost: score(3) } }, criteria, { cost: 0, performance: 1 })).toBeUndefined();
  });

  it('splits equal weights evenly', () => {
    expect(equalWeights(criteria)).toEqual({ cost: 1 / 3, performance: 1 / 3, flexibility: 1 / 3 });
  });
});
