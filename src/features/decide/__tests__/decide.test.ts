import { describe, expect, it } from 'vitest';
import { criterionMeans, equalPercentWeights, explainRank, rankRoutes, ranksByTrend, setWeight } from '../model/decide';
import { winnerSensitivity } from '../model/sensitivity';
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

describe('ranksByTrend', () => {
  it('ranks the article’s routes of several trends trend by trend, and one’s own comparison as one list', () => {
    expect(ranksByTrend(edition, chips)).toBe(false);
    expect(ranksByTrend(edition, [...chips, ...routesOf('contrastive-learning')])).toBe(true);
    expect(ranksByTrend(edition, [...routesOf('contrastive-learning'), ...chips])).toBe(true);
    expect(ranksByTrend({ kind: 'user' }, edition.routes)).toBe(false);
    expect(ranksByTrend(edition, [])).toBe(false);
  });
});

describe('rankRoutes', () => {
  it('ranks by weighted score and lets equal scores share a rank', () => {
    // Equal weights: GPU 10/3, ASIC 3, FPGA 3 (ASIC and FPGA share second place).
    expect(
      rankRoutes(chips, criteria, equalPercentWeights(criteria)).map((item) => [item.route.id, item.rank]),
    ).toEqual([
      ['gpu', 1],
      ['asic', 2],
      ['fpga', 2],
    ]);
    // ASIC 3/5/1 and domain-specific multimodal learning 3/5/1 tie under any weights.
    const tied = rankRoutes(routesOf('asic', 'domain-specific-multimodal'), criteria, {
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
    // Performance 5 against a mean of 4, at 50 %: +50; cost 3 against 2, at 20 %: +20; flexibility 1 against
    // 10/3, at 30 %: −70.
    expect(reason.lift).toMatchObject({ criterionId: 'performance', score: 5, weight: 50 });
    expect(reason.drag).toMatchObject({ criterionId: 'flexibility', score: 1, weight: 30 });
  });

  it('compares with the means of the whole ranking, computed once', () => {
    const ranking = rankRoutes(chips, criteria, { cost: 20, performance: 50, flexibility: 30 });
    // GPU, ASIC, FPGA: cost 1, 3, 2 → 2; performance 4, 5, 3 → 4; flexibility 5, 1, 4 → 10/3.
    const means = criterionMeans(ranking);
    expect(means.map((mean) => mean?.toFixed(3))).toEqual(['2.000', '4.000', '3.333']);
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
    // GPU leads with 10/3. With cost weight x and the rest split equally, GPU = 4.5 − 3.5x, ASIC = 3 and
    // FPGA = 3.5 − 1.5x: ASIC catches up at x = 3/7 (42.86 %), before FPGA (50 %). Performance y: GPU = 3 + y,
    // ASIC = 2 + 3y, so ASIC passes GPU above 50 %. Flexibility z: GPU = 2.5 + 2.5z, ASIC = 4 − 3z, so ASIC
    // leads below 3/11 (27.27 %).
    const result = winnerSensitivity(chips, criteria, equalPercentWeights(criteria));
    expect(result.kind).toBe('leader');
    if (result.kind !== 'leader') return;
    expect(result.winner.id).toBe('gpu');
    const [cost, performance, flexibility] = result.ranges;
    expect(cost).toMatchObject({ criterionId: 'cost', lower: undefined });
    expect(cost?.upper).toBeCloseTo(300 / 7, 9);
    expect(cost?.upperRival?.id).toBe('asic');
    expect(performance?.upper).toBeCloseTo(50, 9);
    expect(performance?.upperRival?.id).toBe('asic');
    expect(performance?.lower).toBeUndefined();
    expect(flexibility?.lower).toBeCloseTo(300 / 11, 9);
    expect(flexibility?.lowerRival?.id).toBe('asic');
    expect(flexibility?.upper).toBeUndefined();
  });

  it('keeps the other weights in proportion: cost 20 / performance 50 / flexibility 30', () => {
    // Cost 20 / performance 56 / flexibility 24: GPU 0.2 + 2.24 + 1.2 = 3.64, ASIC 0.6 + 2.8 + 0.24 = 3.64 → a
    // tie, no single winner.
    expect(winnerSensitivity(chips, criteria, { cost: 20, performance: 56, flexibility: 24 }).kind).toBe('tie');
    // Cost 20 / performance 50 / flexibility 30: GPU 3.7, ASIC 3.4, FPGA 3.1. Performance and flexibility keep
    // 5 : 3, so with cost x: GPU = 4.375 − 3.375x, ASIC = 3.5 − 0.5x, FPGA = 3.375 − 1.375x → ASIC catches up at
    // x = 0.875 / 2.875 = 7/23 (30.43 %), before FPGA (50 %).
    const result = winnerSensitivity(chips, criteria, { cost: 20, performance: 50, flexibility: 30 });
    if (result.kind !== 'leader') throw new Error('expected a leader');
    expect(result.ranges[0]?.upper).toBeCloseTo(700 / 23, 9);
    expect(result.ranges[0]?.upperRival?.id).toBe('asic');
  });

  it('names the route that leads just past the bound when several cross at once', () => {
    // Cost 50 / performance 30 / flexibility 20 over fine-tuning (5/5/1), contrastive learning (4/3/5) and the
    // cross-modal Transformer (1/5/5): fine-tuning leads. With cost x (performance and flexibility 3 : 2),
    // fine-tuning = 3.4 + 1.6x, contrastive = 3.8 + 0.2x, cross-modal = 5 − 4x: both rivals reach fine-tuning
    // at x = 2/7 (28.57 %); below it the cross-modal Transformer (cost 1) rises fastest.
    const result = winnerSensitivity(
      routesOf('task-fine-tuning', 'contrastive-learning', 'cross-modal-transformer'),
      criteria,
      { cost: 50, performance: 30, flexibility: 20 },
    );
    if (result.kind !== 'leader') throw new Error('expected a leader');
    expect(result.winner.id).toBe('task-fine-tuning');
    expect(result.ranges[0]?.lower).toBeCloseTo(200 / 7, 9);
    expect(result.ranges[0]?.lowerRival?.id).toBe('cross-modal-transformer');
  });

  it('says when tied routes can never be separated', () => {
    // ASIC and domain-specific multimodal learning both score 3 / 5 / 1.
    const identical = winnerSensitivity(routesOf('asic', 'domain-specific-multimodal'), criteria, {
      cost: 20,
      performance: 50,
      flexibility: 30,
    });
    expect(identical).toMatchObject({ kind: 'tie', identical: true });
  });

  it('finds the one leader among the nine routes under balanced weights', () => {
    // Contrastive learning 4/3/5 → 4; fine-tuning 5/5/1 and the cross-modal Transformer 1/5/5 → 11/3. With cost x
    // (the rest equal): contrastive = 4, fine-tuning = 3 + 2x, cross-modal = 5 − 4x → cross-modal leads below 25 %,
    // fine-tuning above 50 %.
    const result = winnerSensitivity(edition.routes, criteria, equalPercentWeights(criteria));
    if (result.kind !== 'leader') throw new Error('expected a leader');
    expect(result.winner.id).toBe('contrastive-learning');
    const [cost, performance, flexibility] = result.ranges;
    expect(cost?.lower).toBeCloseTo(25, 9);
    expect(cost?.lowerRival?.id).toBe('cross-modal-transformer');
    expect(cost?.upper).toBeCloseTo(50, 9);
    expect(cost?.upperRival?.id).toBe('task-fine-tuning');
    expect(performance?.upper).toBeCloseTo(300 / 7, 9);
    expect(performance?.upperRival?.id).toBe('task-fine-tuning');
    expect(flexibility?.lower).toBeCloseTo(300 / 11, 9);
    expect(flexibility?.lowerRival?.id).toBe('task-fine-tuning');
  });

  it('needs two routes', () => {
    expect(winnerSensitivity(routesOf('gpu'), criteria, equalPercentWeights(criteria)).kind).toBe('none');
  });
});
