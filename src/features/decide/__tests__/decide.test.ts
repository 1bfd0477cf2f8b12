import { describe, expect, it } from 'vitest';
import {
  criterionMeans,
  equalPercentWeights,
  explainRank,
  rankRoutes,
  setWeight,
  winnerSensitivity,
} from '../model/decide';
import { parseEdition } from '../../../domain/edition/issues';
import { editionJson } from '../../../../tests/utils/edition';

const parsed = parseEdition(editionJson());
if (!parsed.ok) throw new Error('the bundled edition must be valid');
const edition = parsed.edition;
const criteria = edition.criteria;
const routesOf = (...ids: string[]) => ids.map((id) => edition.routes.find((route) => route.id === id)!);
const chips = routesOf('gpu', 'asic', 'fpga');

describe('setWeight', () => {
  it('spreads the rest over the other criteria in proportion, to the hundredth, summing to 100', () => {
    const weights = setWeight({ cost: 50, performance: 30, flexibility: 20 }, criteria, 'performance', 60);
    // 40 split 50 : 20 → 28.571… / 11.428… → 28.57 / 11.43 (largest remainder in hundredths).
    expect(weights).toEqual({ cost: 28.57, performance: 60, flexibility: 11.43 });
    expect(weights.cost! + weights.performance! + weights.flexibility!).toBeCloseTo(100, 9);
  });

  it('keeps the proportions of the weights a drag started from, however far it goes', () => {
    // Limited budget 70 / 15 / 15; performance dragged to 99 and back to 20, always from the start weights.
    const start = { cost: 70, performance: 15, flexibility: 15 };
    setWeight(start, criteria, 'performance', 99);
    expect(setWeight(start, criteria, 'performance', 20)).toEqual({ cost: 65.88, performance: 20, flexibility: 14.12 });
  });

  it('splits equally from balanced weights', () => {
    expect(setWeight(equalPercentWeights(criteria), criteria, 'cost', 50)).toEqual({
      cost: 50,
      performance: 25,
      flexibility: 25,
    });
  });

  it('shares the rest equally when the other criteria all weigh 0, and clamps to 0–100', () => {
    const all = setWeight({ cost: 10, performance: 45, flexibility: 45 }, criteria, 'cost', 140);
    expect(all).toEqual({ cost: 100, performance: 0, flexibility: 0 });
    expect(setWeight(all, criteria, 'cost', 40)).toEqual({ cost: 40, performance: 30, flexibility: 30 });
    // Clamped to 0; the rest follows the other weights' proportions (100 : 0).
    expect(setWeight(all, criteria, 'flexibility', -3)).toEqual({ cost: 100, performance: 0, flexibility: 0 });
  });
});

describe('rankRoutes', () => {
  it('ranks by weighted score and lets equal scores share a rank', () => {
    // Equal weights: GPU 11/3, FPGA 10/3, ASIC 3.
    expect(
      rankRoutes(chips, criteria, equalPercentWeights(criteria)).map((item) => [item.route.id, item.rank]),
    ).toEqual([
      ['gpu', 1],
      ['fpga', 2],
      ['asic', 3],
    ]);
    // Pretraining 1/5/5 and cross-modal 1/5/5 tie under any weights.
    const tied = rankRoutes(routesOf('llm-pretraining', 'cross-modal-transformer'), criteria, {
      cost: 20,
      performance: 50,
      flexibility: 30,
    });
    expect(tied.map((item) => [item.rank, item.tied])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it('splits each weighted score into per-criterion points', () => {
    const [asic] = rankRoutes(routesOf('asic'), criteria, { cost: 50, performance: 30, flexibility: 20 });
    // ASIC 3 / 5 / 1 → 1.5 + 1.5 + 0.2 = 3.2.
    expect(asic?.overall).toBe(3.2);
    expect(asic?.contributions.map((part) => part.points)).toEqual([1.5, 1.5, 0.2]);
  });
});

describe('explainRank', () => {
  it('names the criterion that lifts a route most and the one that drags it', () => {
    const ranking = rankRoutes(chips, criteria, { cost: 20, performance: 50, flexibility: 30 });
    const asic = ranking.find((item) => item.route.id === 'asic')!;
    const reason = explainRank(asic, ranking);
    // Performance 5 against a mean of 4, at 50 %: +50; flexibility 1 against 10/3, at 30 %: −70.
    expect(reason.lift).toMatchObject({ criterionId: 'performance', score: 5, weight: 50 });
    expect(reason.drag).toMatchObject({ criterionId: 'flexibility', score: 1, weight: 30 });
  });

  it('compares with the means of the whole ranking, computed once', () => {
    const ranking = rankRoutes(chips, criteria, { cost: 20, performance: 50, flexibility: 30 });
    // GPU, ASIC, FPGA: cost 2, 3, 3 → 8/3; performance 4, 5, 3 → 4; flexibility 5, 1, 4 → 10/3.
    const means = criterionMeans(ranking);
    expect(means.map((mean) => mean?.toFixed(3))).toEqual(['2.667', '4.000', '3.333']);
    for (const item of ranking) expect(explainRank(item, ranking, means)).toEqual(explainRank(item, ranking));
  });

  it('ignores criteria with no weight', () => {
    const ranking = rankRoutes(chips, criteria, { cost: 0, performance: 100, flexibility: 0 });
    const gpu = explainRank(
      ranking.find((item) => item.route.id === 'gpu')!,
      ranking,
    );
    expect(gpu.lift).toBeUndefined();
    expect(gpu.drag).toBeUndefined();
  });
});

describe('winnerSensitivity', () => {
  it('finds where the AI-chips winner changes under balanced weights (checked by hand)', () => {
    // GPU leads 11/3. With cost weight x and the rest split equally, GPU = 4.5 − 2.5x, FPGA = 3.5 − 0.5x:
    // they cross at x = 50 %. Performance: GPU meets ASIC at 60 %. Flexibility: ASIC passes GPU below 20 %.
    const result = winnerSensitivity(chips, criteria, equalPercentWeights(criteria));
    expect(result.kind).toBe('leader');
    if (result.kind !== 'leader') return;
    expect(result.winner.id).toBe('gpu');
    const [cost, performance, flexibility] = result.ranges;
    expect(cost).toMatchObject({ criterionId: 'cost', lower: undefined, upper: 50 });
    expect(cost?.upperRival?.id).toBe('fpga');
    expect(performance?.upper).toBeCloseTo(60, 9);
    expect(performance?.upperRival?.id).toBe('asic');
    expect(performance?.lower).toBeUndefined();
    expect(flexibility?.lower).toBeCloseTo(20, 9);
    expect(flexibility?.lowerRival?.id).toBe('asic');
    expect(flexibility?.upper).toBeUndefined();
  });

  it('keeps the other weights in proportion: cost 30 / performance 50 / flexibility 20', () => {
    // GPU 0.6 + 2 + 1 = 3.6, ASIC 0.9 + 2.5 + 0.2 = 3.6 → a tie, no single winner.
    expect(winnerSensitivity(chips, criteria, { cost: 30, performance: 50, flexibility: 20 }).kind).toBe('tie');
    // Cost 20 / performance 50 / flexibility 30: GPU 3.9, ASIC 3.4, FPGA 3.3. Performance and flexibility keep
    // 5 : 3, so with cost x: GPU = 4.375 − 2.375x, ASIC = 3.5 − 0.5x, FPGA = 3.375 − 0.375x → ASIC catches up at
    // x = 0.875 / 1.875 = 46.67 %, before FPGA (50 %).
    const result = winnerSensitivity(chips, criteria, { cost: 20, performance: 50, flexibility: 30 });
    if (result.kind !== 'leader') throw new Error('expected a leader');
    expect(result.ranges[0]?.upper).toBeCloseTo(700 / 15, 9);
    expect(result.ranges[0]?.upperRival?.id).toBe('asic');
  });

  it('names the route that leads just past the bound when several cross at once', () => {
    // Training at scale (10 / 60 / 30) over GPU, ASIC, FPGA and lightweight models: at cost 40 % GPU, ASIC
    // and lightweight models all score 3.4; past it lightweight models (cost 5) rises fastest.
    const result = winnerSensitivity(routesOf('gpu', 'asic', 'fpga', 'lightweight-models'), criteria, {
      cost: 10,
      performance: 60,
      flexibility: 30,
    });
    if (result.kind !== 'leader') throw new Error('expected a leader');
    expect(result.ranges[0]?.upper).toBeCloseTo(40, 9);
    expect(result.ranges[0]?.upperRival?.id).toBe('lightweight-models');
  });

  it('says when tied routes can never be separated', () => {
    // Pretraining and the cross-modal transformer both score 1 / 5 / 5.
    const identical = winnerSensitivity(routesOf('llm-pretraining', 'cross-modal-transformer'), criteria, {
      cost: 20,
      performance: 50,
      flexibility: 30,
    });
    expect(identical).toMatchObject({ kind: 'tie', identical: true });
  });

  it('reports a tie among the nine routes under balanced weights', () => {
    const result = winnerSensitivity(edition.routes, criteria, equalPercentWeights(criteria));
    expect(result).toMatchObject({ kind: 'tie', identical: false });
    if (result.kind === 'tie') {
      expect(result.routes.map((route) => route.id)).toEqual([
        'llm-pretraining',
        'gpu',
        'contrastive-learning',
        'cross-modal-transformer',
      ]);
    }
  });

  it('needs two routes', () => {
    expect(winnerSensitivity(routesOf('gpu'), criteria, equalPercentWeights(criteria)).kind).toBe('none');
  });
});
