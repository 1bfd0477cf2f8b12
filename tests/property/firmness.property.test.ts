import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORE_MAX, SCORE_MIN, scoreConfidence, type ScoreConfidence } from '../../src/domain/edition/model';
import type { Route } from '../../src/domain/edition/schema';
import { scoreValue, type Weights } from '../../src/domain/scoring';
import { rankRoutes } from '../../src/features/decide/model/decide';
import { smallestFlips } from '../../src/features/decide/model/firmness';
import { mulberryStream } from '../../src/features/decide/model/seeded';
import { CONFIDENCE_SPREAD, simulateFirst, WEIGHT_JITTER } from '../../src/features/decide/model/simulation';
import { analyseWinner } from '../../src/features/decide/model/analysis';
import { analysisOf, answerOf, packRoutes, unpackRoutes } from '../../src/features/decide/worker/analysis-message';
import { bundledEdition, RUNS } from './generators';

const edition = bundledEdition();
const { criteria } = edition;
const template = edition.routes[0] as Route;

// Few score values and mostly stated scores, so that ties, near-ties and routes no draw can put
// first are all common; now and then a score is missing, so some routes are not complete.
const score = fc.record({
  value: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined, freq: 12 }),
  confidence: fc.constantFrom<ScoreConfidence>('stated', 'stated', 'stated', 'inferred', 'guess'),
});
const routes = (maxLength: number) =>
  fc.array(fc.tuple(score, score, score), { minLength: 2, maxLength }).map((rows) =>
    rows.map((given, index): Route => {
      const scores: Route['scores'] = {};
      criteria.forEach((criterion, at) => {
        const { value, confidence } = given[at] ?? {};
        const base = template.scores[criterion.id];
        if (value !== undefined && base) scores[criterion.id] = { ...base, value, confidence };
      });
      return { ...template, id: `r-${index}`, scores };
    }),
  );
const weights = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .filter((parts) => parts.some((part) => part > 0))
  .map((parts): Weights => Object.fromEntries(criteria.map((criterion, at) => [criterion.id, parts[at] ?? 0])));
const complete = (given: readonly Route[]) =>
  given.filter((route) => criteria.every((criterion) => scoreValue(route, criterion.id) !== undefined));

/** The definition: change one score, rank every route again, and see who leads alone. */
function flipsByRankingAgain(given: readonly Route[], chosen: Weights): string[] {
  const field = complete(given);
  const soleLeader = (field: readonly Route[]) => {
    const [top] = rankRoutes(field, criteria, chosen);
    return top && !top.tied ? top.route : undefined;
  };
  const winner = field.length >= 2 ? soleLeader(field) : undefined;
  if (!winner) return [];
  let steps = Infinity;
  let found: string[] = [];
  for (const { route } of rankRoutes(field, criteria, chosen)) {
    for (const criterion of criteria) {
      const from = route.scores[criterion.id];
      if (!from) continue;
      for (let to = SCORE_MIN; to <= SCORE_MAX; to += 1) {
        const size = Math.abs(to - from.value);
        if (size === 0 || size > steps) continue;
        const changed = { ...route, scores: { ...route.scores, [criterion.id]: { ...from, value: to } } };
        const leader = soleLeader(field.map((other) => (other === route ? changed : other)));
        if (!leader || leader.id === winner.id) continue;
        if (size < steps) [steps, found] = [size, []];
        found.push(`${route.id}.${criterion.id} ${from.value}→${to}: ${leader.id}`);
      }
    }
  }
  return found;
}

/** The definition: every complete route in every draw, each drawing its numbers in ranking order. */
function sharesOfEveryRoute(given: readonly Route[], chosen: Weights, draws: number, seed: number): number[] {
  const field = rankRoutes(complete(given), criteria, chosen).map((item) => item.route);
  const random = mulberryStream(seed).next;
  const firsts = field.map(() => 0);
  for (let draw = 0; draw < draws; draw += 1) {
    const jittered = criteria.map(
      (criterion) => (chosen[criterion.id] ?? 0) * (1 - WEIGHT_JITTER + 2 * WEIGHT_JITTER * random()),
    );
    const totals = field.map((route) =>
      criteria.reduce((total, criterion, c) => {
        const spread = CONFIDENCE_SPREAD[scoreConfidence(route, criterion.id) ?? 'stated'];
        let value = scoreValue(route, criterion.id) ?? 0;
        if (spread > 0) {
          value += Math.floor(random() * (2 * spread + 1)) - spread;
          value = Math.min(SCORE_MAX, Math.max(SCORE_MIN, value));
        }
        return total + value * (jittered[c] ?? 0);
      }, 0),
    );
    const best = Math.max(...totals);
    const top = totals.filter((total) => total >= best - 1e-7).length;
    totals.forEach((total, r) => {
      if (total >= best - 1e-7) firsts[r] = (firsts[r] ?? 0) + 1 / top;
    });
  }
  return firsts.map((count) => count / draws);
}

describe('smallestFlips', () => {
  it('finds the changes that ranking every route again after each change finds', () => {
    fc.assert(
      fc.property(routes(14), weights, (given, chosen) => {
        const { flips } = smallestFlips(given, criteria, chosen);
        expect(
          flips.map((flip) => `${flip.route.id}.${flip.criterionId} ${flip.from}→${flip.to}: ${flip.newLeader.id}`),
        ).toEqual(flipsByRankingAgain(given, chosen));
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('simulateFirst', () => {
  it('gives every route the share it has when every route takes part in every draw', () => {
    fc.assert(
      fc.property(routes(30), weights, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (given, chosen, seed) => {
        const draws = 200;
        const { shares } = simulateFirst(given, criteria, chosen, { draws, seed });
        const order = rankRoutes(complete(given), criteria, chosen).map((item) => item.route.id);
        const expected = sharesOfEveryRoute(given, chosen, draws, seed);
        const byId = new Map(shares.map((item) => [item.route.id, item.share]));
        expect(order.map((id) => byId.get(id))).toEqual(expected);
      }),
      { numRuns: RUNS.heavy },
    );
  });
});

describe('the messages of the How firm worker', () => {
  it('carry an analysis to the page with the figures analysing on the page gives, naming the page’s routes', () => {
    fc.assert(
      fc.property(routes(24), weights, (given, chosen) => {
        const sent = unpackRoutes(structuredClone(packRoutes(given, criteria)));
        const answer = structuredClone(answerOf(7, analyseWinner(sent, criteria, chosen), sent));
        const received = analysisOf(answer, given);
        const onPage = analyseWinner(given, criteria, chosen);
        expect(received).toEqual(onPage);
        if (onPage.firmness) expect(given).toContain(received.firmness?.winner);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
