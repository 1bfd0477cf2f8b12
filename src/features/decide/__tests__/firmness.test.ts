import { describe, expect, it } from 'vitest';
import { scoreConfidence } from '../../../domain/edition/model';
import type { Route } from '../../../domain/edition/schema';
import { equalPercentWeights } from '../model/decide';
import { assessFirmness, smallestFlips } from '../model/firmness';
import { mulberryStream, viewSeed } from '../model/seeded';
import { formatShare } from '../model/text';
import { defaultDraws, simulateFirst } from '../model/simulation';
import { edition, routesOf } from './record-helpers';

const criteria = edition.criteria;
const chips = routesOf('gpu', 'asic', 'fpga');
const balanced = equalPercentWeights(criteria);
const summary = (flip: { route: Route; criterionId: string; from: number; to: number; newLeader: Route }) =>
  `${flip.route.id}.${flip.criterionId} ${flip.from}→${flip.to}: ${flip.newLeader.id}`;

describe('scoreConfidence', () => {
  it('reads the article’s inferred tag, and a user score’s own confidence', () => {
    const [gpu, asic] = chips as [Route, Route];
    // docs/scoring-rule.md: GPU cost 1 stated, performance 4 (i); ASIC cost 3 (i), performance 5 stated.
    expect(criteria.map((criterion) => scoreConfidence(gpu, criterion.id))).toEqual(['stated', 'inferred', 'inferred']);
    expect(criteria.map((criterion) => scoreConfidence(asic, criterion.id))).toEqual(['inferred', 'stated', 'stated']);
    const guessed = {
      scores: { cost: { value: 2, rationale: { zh: '估', en: 'guess' }, cites: [], confidence: 'guess' as const } },
    };
    expect(scoreConfidence(guessed, 'cost')).toBe('guess');
    expect(scoreConfidence(guessed, 'performance')).toBeUndefined();
  });
});

describe('smallestFlips', () => {
  it('finds the smallest change that hands the AI chips’ lead over under balanced weights', () => {
    // GPU (1, 4, 5) = 3.33 leads ASIC (3, 5, 1) = 3.00 and FPGA (2, 3, 4) = 3.00. One point more for ASIC or
    // FPGA on any criterion only ties GPU at 3.33 (a shared first is not a new winner), and a point less for
    // GPU leaves a three-way tie at 3.00; two points lift ASIC or FPGA to 3.67, ahead alone.
    const flips = smallestFlips(chips, criteria, balanced);
    expect(flips.steps).toBe(2);
    expect(flips.flips.map(summary)).toEqual([
      'asic.cost 3→5: asic',
      'asic.flexibility 1→3: asic',
      'fpga.cost 2→4: fpga',
      'fpga.performance 3→5: fpga',
    ]);
  });

  it('finds a one-point flip when the lead is a near-tie, including a third route taking over', () => {
    // Training stage 20 / 60 / 20: ASIC 3.80 leads GPU 3.60. GPU's cost 1 → 2 gives GPU 3.80: a tie, not a
    // lead; GPU's performance 4 → 5 gives 4.20, ahead alone.
    const flips = smallestFlips(chips, criteria, { cost: 20, performance: 60, flexibility: 20 });
    expect(flips.steps).toBe(1);
    expect(flips.flips.map(summary)).toContain('gpu.performance 4→5: gpu');
    // ASIC's performance 5 → 4 drops ASIC to 3.20, below GPU's 3.60.
    expect(flips.flips.map(summary)).toContain('asic.performance 5→4: gpu');
  });

  it('says nothing when the top is already shared', () => {
    expect(smallestFlips(routesOf('asic', 'fpga'), criteria, balanced)).toEqual({ steps: undefined, flips: [] });
  });
});

describe('simulateFirst', () => {
  it('gives the same figures for the same seed, summing to the whole', () => {
    const once = simulateFirst(chips, criteria, balanced, { seed: 16 });
    const again = simulateFirst(chips, criteria, balanced, { seed: 16 });
    expect(again).toEqual(once);
    expect(once.shares.reduce((sum, item) => sum + item.share, 0)).toBeCloseTo(1, 9);
    // GPU's flexibility 5 and performance 4 are inferred; so are ASIC's cost and three of FPGA's scores.
    expect(once.uncertainScores).toBe(6);
    // The figures for seed 16 (10 000 draws): GPU first in 5 017 draws, FPGA in 2 848, ASIC in 2 135. GPU's
    // inferred flexibility 5 can fall to 4 and its performance 4 to 3, so its 0.33 lead is lost in half the cases.
    expect(once.shares.map((item) => [item.route.id, item.share])).toEqual([
      ['gpu', 0.5017],
      ['fpga', 0.2848],
      ['asic', 0.2135],
    ]);
  });

  it('keeps a lead no plausible case can shake at 100 %', () => {
    // Performance first, 10 / 80 / 10 (±20 % each): ASIC 0.3 + 4 + 0.1 = 4.4 at worst 0.2 + 4 + 0.1 = 4.3 (cost 2); FPGA at best 0.3 + 3.2 + 0.5 = 4.0.
    const result = simulateFirst(routesOf('asic', 'fpga'), criteria, { cost: 10, performance: 80, flexibility: 10 });
    expect(result.shares.map((item) => [item.route.id, item.share])).toEqual([
      ['asic', 1],
      ['fpga', 0],
    ]);
  });

  it('seeds from the view, so another weighting draws afresh', () => {
    expect(viewSeed(chips, criteria, balanced)).toBe(viewSeed([...chips], criteria, { ...balanced }));
    expect(viewSeed(chips, criteria, balanced)).not.toBe(
      viewSeed(chips, criteria, { cost: 20, performance: 60, flexibility: 20 }),
    );
  });

  it('draws 10 000 times up to 400 routes that can lead on three criteria, fewer past that, never under 100', () => {
    expect([3, 400, 401, 2_000, 4_000, 40_000, 100_000].map((routes) => defaultDraws(routes, 3))).toEqual([
      10_000, 10_000, 9_975, 2_000, 1_000, 100, 100,
    ]);
    // 2 000 routes of the same guessed scores can each lead.
    const [fpga] = routesOf('fpga') as [Route];
    const guessed = Object.fromEntries(
      Object.entries(fpga.scores).map(([id, score]) => [id, { ...score, confidence: 'guess' as const }]),
    );
    const many = Array.from({ length: 2_000 }, (_, index) => ({ ...fpga, id: `fpga-${index}`, scores: guessed }));
    const result = simulateFirst(many, criteria, balanced);
    expect(result.draws).toBe(2_000);
    expect(result.shares.reduce((sum, item) => sum + item.share, 0)).toBeCloseTo(1, 9);
    expect(simulateFirst(chips, criteria, balanced).draws).toBe(10_000);
  });

  it('draws from mulberry32, in [0, 1) and the same for a seed, and skips as many numbers as it is told', () => {
    const a = mulberryStream(1);
    const b = mulberryStream(1);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    // Skipping k numbers lands where k draws would: the first three skipped, the fourth drawn.
    const c = mulberryStream(1);
    c.skip(3);
    expect(c.next()).toBe(draws[3]);
  });
});

describe('assessFirmness', () => {
  it('calls a 0.20 lead a close call and a 0.33 lead not', () => {
    const training = assessFirmness(chips, criteria, { cost: 20, performance: 60, flexibility: 20 })!;
    expect(training.winner.id).toBe('asic');
    expect(training.runnerUp.id).toBe('gpu');
    expect(training.margin).toBeCloseTo(0.2, 9);
    expect(training.closeCall).toBe(true);
    const even = assessFirmness(chips, criteria, balanced)!;
    expect(even.margin).toBeCloseTo(1 / 3, 9);
    expect(even.closeCall).toBe(false);
  });
});

describe('formatShare', () => {
  it('says “<1%” and “>99%” for shares that round to 0 or 100 but are not', () => {
    expect([0, 0.0001, 0.0049, 0.005, 0.5, 0.9949, 0.995, 0.9999, 1].map(formatShare)).toEqual([
      '0%',
      '<1%',
      '<1%',
      '1%',
      '50%',
      '99%',
      '>99%',
      '>99%',
      '100%',
    ]);
  });
});
