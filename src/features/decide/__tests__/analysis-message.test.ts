import { describe, expect, it } from 'vitest';
import { analyseWinner } from '../model/analysis';
import { analysisOf, answerOf, packRoutes, unpackRoutes } from '../worker/analysis-message';
import { edition, gpusInOrder, routesOf } from './record-helpers';

const { criteria } = edition;
const chips = routesOf('gpu', 'asic', 'fpga');
const training = { cost: 20, performance: 60, flexibility: 20 };

describe('the How firm worker’s messages', () => {
  it('carry the article’s inferred scores, said in the rationale’s words, as inferred', () => {
    const packed = packRoutes(chips, criteria);
    // GPU 1, 4, 5; ASIC 3, 5, 1; FPGA 2, 3, 4. The article infers GPU's performance and
    // flexibility, ASIC's cost and every score of FPGA's.
    expect(Array.from(packed.values)).toEqual([1, 4, 5, 3, 5, 1, 2, 3, 4]);
    expect(Array.from(packed.confidences)).toEqual([0, 1, 1, 1, 0, 0, 1, 1, 1]);
    const sent = unpackRoutes(structuredClone(packed));
    const received = analysisOf(structuredClone(answerOf(1, analyseWinner(sent, criteria, training), sent)), chips);
    const onPage = analyseWinner(chips, criteria, training);
    expect(received).toEqual(onPage);
    expect(received.firmness?.winner).toBe(chips[1]);
    expect(received.firmness?.simulation.uncertainScores).toBe(6);
  });

  it('pack a routes array once, and mark a missing score as NaN', () => {
    const [first, second] = gpusInOrder(2) as [(typeof chips)[number], (typeof chips)[number]];
    const withoutCost = Object.fromEntries(Object.entries(second.scores).filter(([id]) => id !== 'cost'));
    const routes = [first, { ...second, scores: withoutCost }];
    const packed = packRoutes(routes, criteria);
    expect(packRoutes(routes, criteria)).toBe(packed);
    expect(packRoutes([...routes], criteria)).not.toBe(packed);
    expect(Array.from(packed.values)).toEqual([5, 3, 3, Number.NaN, 3, 3]);
    expect(unpackRoutes(packed)[1]?.scores).not.toHaveProperty('cost');
  });

  it('throw the worker’s error, and refuse an answer naming a route the page does not have', () => {
    expect(() => analysisOf({ job: 1, error: 'out of memory' }, chips)).toThrow('out of memory');
    const many = gpusInOrder(4);
    const answer = answerOf(2, analyseWinner(many, criteria, training), many);
    expect(() => analysisOf(answer, many.slice(0, 2))).toThrow('"How firm" named route 3 of 2');
  });
});
