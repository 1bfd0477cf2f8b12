import { SCORE_MAX, SCORE_MIN, scoreConfidence, type ScoreConfidence } from '../../../domain/edition/model';
import type { Criterion, Route } from '../../../domain/edition/schema';
import { scoreValue, type Weights } from '../../../domain/scoring';
import { overPlaces, type PlacedRoute } from './decide';
import { mulberryStream, viewSeed } from './seeded';

/**
 * "How often each route ranks first": a seeded simulation over plausible scores and weights, part of
 * "How firm" (`assessFirmness`).
 */

const EPSILON = 1e-9;

/** The plausible spread of a score by its confidence, in points either way (clipped to 1–5). */
export const CONFIDENCE_SPREAD: Readonly<Record<ScoreConfidence, number>> = { stated: 0, inferred: 1, guess: 2 };

/**
 * Each weight is multiplied by a factor drawn uniformly from 1 ± this (0.8–1.2) and the weights
 * renormalised: "near the chosen ones" means within a fifth of each, and a weight of 0 stays 0.
 */
export const WEIGHT_JITTER = 0.2;

/** Draws the simulation makes by default, up to {@link DRAW_BUDGET}. */
export const DEFAULT_DRAWS = 10_000;

/**
 * Scores a simulation draws at most by default (draws × routes drawn × criteria): 10 000 draws up
 * to 400 routes that can lead on three criteria, fewer past that, never under {@link MIN_DRAWS}
 * (which goes past the budget only beyond 40 000 such routes). A score drawn costs about 4 ns
 * (stated) to 25 ns (guessed) on the development machine: 10 000 draws over 8 918 routes of stated
 * scores took 1.1 s in Chromium, and the budget's 1 000 draws over 4 000 routes of guessed scores
 * 0.27 s under Node, where 10 000 draws over thousands of them held the page for seconds. The view
 * says how many draws it made.
 */
export const DRAW_BUDGET = 12_000_000;

/** The fewest draws the simulation makes by default, however many routes can lead. */
export const MIN_DRAWS = 100;

/** The default number of draws over `routes` routes that can lead, on `criteria` criteria (see {@link DRAW_BUDGET}). */
export function defaultDraws(routes: number, criteria: number): number {
  const perDraw = Math.max(1, routes * criteria);
  return Math.min(DEFAULT_DRAWS, Math.max(MIN_DRAWS, Math.floor(DRAW_BUDGET / perDraw)));
}

/** A simulation's draws (default {@link defaultDraws}) and seed (default `viewSeed`). */
export interface SimulationOptions {
  readonly draws?: number;
  readonly seed?: number;
}

/** How often one route ranked first in the simulation (`R`: the route, or how a message names it). */
export interface FirstShare<R = Route> {
  readonly route: R;
  /** Share of the draws it ranked first in, 0–1 (a first place shared by k routes counts 1/k to each). */
  readonly share: number;
}

/** The simulation's figures. */
export interface Simulation<R = Route> {
  readonly draws: number;
  readonly seed: number;
  /** Every complete route, most often first first (ties in ranking order). */
  readonly shares: readonly FirstShare<R>[];
  /** How many scores could move (confidence inferred or guess). */
  readonly uncertainScores: number;
}

/** Routes a draw never puts first are tested against this many of the surest strong routes. */
const RIVALS_TRIED = 8;

/**
 * Which routes can rank first in some draw. Route r never can when a rival q beats it by more than the
 * tie tolerance in every draw: per criterion, the difference of their scores lies between the lowest
 * and highest each can draw, times a weight between 0.8 and 1.2 of its own, and the sum of the least
 * of those products is still above the tolerance. The rivals tried are the routes with the highest
 * weighted sum of their lowest scores. `low` and `high` hold each route's lowest and highest score
 * per criterion (`routes × criteria`, row by row); `weights` the unjittered weights.
 */
function canLead(low: Float64Array, high: Float64Array, weights: Float64Array, routes: number): Uint8Array {
  const m = weights.length;
  const sure = Array.from({ length: routes }, (_, r) => {
    let sum = 0;
    for (let c = 0; c < m; c += 1) sum += (low[r * m + c] ?? 0) * (weights[c] ?? 0);
    return { r, sum };
  });
  const rivals = sure
    .sort((a, b) => b.sum - a.sum || a.r - b.r)
    .slice(0, RIVALS_TRIED)
    .map((item) => item.r);
  // Far above the rounding of a sum of a few products below 1 000, so a pruned route is never within
  // the draws' tie tolerance of the best.
  const margin = EPSILON * 100 + 1e-6;
  const leads = new Uint8Array(routes).fill(1);
  for (let r = 0; r < routes; r += 1) {
    for (const q of rivals) {
      if (q === r) continue;
      let least = 0;
      for (let c = 0; c < m; c += 1) {
        const a = (low[q * m + c] ?? 0) - (high[r * m + c] ?? 0);
        const b = (high[q * m + c] ?? 0) - (low[r * m + c] ?? 0);
        const w = weights[c] ?? 0;
        const wLow = w * (1 - WEIGHT_JITTER);
        const wHigh = w * (1 + WEIGHT_JITTER);
        least += Math.min(a * wLow, a * wHigh, b * wLow, b * wHigh);
      }
      if (least > margin) {
        leads[r] = 0;
        break;
      }
    }
  }
  return leads;
}

/** What the draws read: every complete route's scores (`routes × criteria`, row by row), and which are drawn. */
interface Field {
  /** How many complete routes there are. */
  readonly routes: number;
  readonly values: Float64Array;
  readonly spreads: Int32Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** The weights before jitter, by criterion. */
  readonly base: Float64Array;
  /** The routes that can lead, by place in the ranking, best first. */
  readonly drawn: readonly number[];
  /** Before each drawn route, the numbers the routes left out before it would have drawn. */
  readonly skipBefore: readonly number[];
  /** The numbers the routes left out after the last drawn one would have drawn. */
  readonly skipAfter: number;
}

/**
 * Runs the draws: each draw's first place, shared equally by the routes tied for it, counted per
 * route (by place in the ranking). The drawn routes come best first, so a draw soon has a high best:
 * a route whose highest scores under the draw's weights stay below it is not drawn, and its numbers
 * are skipped (once no later route can reach it, all of theirs at once).
 */
function countFirsts(field: Field, draws: number, seed: number): Float64Array {
  const { values, spreads, low, high, base, drawn, skipBefore, skipAfter } = field;
  const m = base.length;
  const count = drawn.length;
  // Per drawn route: the numbers it draws, and the most any route from it on can total in any draw.
  const numbers = drawn.map((r) => spreads.subarray(r * m, r * m + m).filter((spread) => spread > 0).length);
  const reach = new Float64Array(count + 1).fill(-Infinity);
  // The numbers from a drawn route's own skip to the end of the draw.
  const ahead = new Float64Array(count + 1);
  ahead[count] = skipAfter;
  for (let k = count - 1; k >= 0; k -= 1) {
    const r = drawn[k] ?? 0;
    let most = 0;
    for (let c = 0; c < m; c += 1) {
      const [wLow, wHigh] = [(base[c] ?? 0) * (1 - WEIGHT_JITTER), (base[c] ?? 0) * (1 + WEIGHT_JITTER)];
      const [sLow, sHigh] = [low[r * m + c] ?? 0, high[r * m + c] ?? 0];
      most += Math.max(sLow * wLow, sLow * wHigh, sHigh * wLow, sHigh * wHigh);
    }
    reach[k] = Math.max(reach[k + 1] ?? -Infinity, most);
    ahead[k] = (ahead[k + 1] ?? 0) + (skipBefore[k] ?? 0) + (numbers[k] ?? 0);
  }
  // Below the best by more than this, a route is not first in the draw, with room for rounding.
  const tolerance = EPSILON * 100 + 1e-6;
  const jittered = new Float64Array(m);
  const totals = new Float64Array(count);
  const firsts = new Float64Array(field.routes);
  const random = mulberryStream(seed);
  for (let draw = 0; draw < draws; draw += 1) {
    // Every route shares the weights' sum, so the sum need not be divided out to find the top.
    for (let c = 0; c < m; c += 1)
      jittered[c] = (base[c] ?? 0) * (1 - WEIGHT_JITTER + 2 * WEIGHT_JITTER * random.next());
    let best = -Infinity;
    totals.fill(-Infinity);
    let k = 0;
    for (; k < count; k += 1) {
      if ((reach[k] ?? 0) < best - tolerance) {
        random.skip(ahead[k] ?? 0);
        break;
      }
      const r = drawn[k] ?? 0;
      if (skipBefore[k]) random.skip(skipBefore[k] ?? 0);
      let most = 0;
      for (let c = 0; c < m; c += 1) {
        const weight = jittered[c] ?? 0;
        most += Math.max((low[r * m + c] ?? 0) * weight, (high[r * m + c] ?? 0) * weight);
      }
      if (most < best - tolerance) {
        if (numbers[k]) random.skip(numbers[k] ?? 0);
        continue;
      }
      let total = 0;
      for (let c = 0; c < m; c += 1) {
        const spread = spreads[r * m + c] ?? 0;
        let value = values[r * m + c] ?? 0;
        if (spread > 0) {
          value += Math.floor(random.next() * (2 * spread + 1)) - spread;
          value = value < SCORE_MIN ? SCORE_MIN : value > SCORE_MAX ? SCORE_MAX : value;
        }
        total += value * (jittered[c] ?? 0);
      }
      totals[k] = total;
      if (total > best) best = total;
    }
    if (k === count && skipAfter) random.skip(skipAfter);
    let top = 0;
    for (let at = 0; at < count; at += 1) if ((totals[at] ?? -Infinity) >= best - EPSILON * 100) top += 1;
    for (let at = 0; at < count; at += 1) {
      if ((totals[at] ?? -Infinity) < best - EPSILON * 100) continue;
      const r = drawn[at] ?? 0;
      firsts[r] = (firsts[r] ?? 0) + 1 / top;
    }
  }
  return firsts;
}

/**
 * How often each complete route ranks first across plausible scores and weights near `weights`.
 * Each draw moves every score by a whole number drawn uniformly from ±its spread
 * ({@link CONFIDENCE_SPREAD}: stated 0, inferred 1, guess 2), clipped to 1–5, and multiplies each
 * weight by a factor from 1 ± {@link WEIGHT_JITTER}; the route with the highest weighted score is
 * first. Seeded (mulberry32, seed defaults to {@link viewSeed}), so the same view gives the
 * same figures. Routes no draw can put first are left out of the draws (their numbers skipped, so
 * the others draw the same ones), and `options.draws` defaults to {@link defaultDraws} of the rest:
 * among thousands of routes of stated scores only a few can lead.
 */
export function simulateFirst(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  options: SimulationOptions = {},
): Simulation {
  return overPlaces(routes, criteria, weights, (complete, ranking) =>
    simulateRanked(complete, ranking, criteria, weights, options),
  );
}

/**
 * {@link simulateFirst} over `complete`, the complete routes in the order given, and `ranking`, their
 * places under `weights`.
 */
export function simulateRanked(
  complete: readonly Route[],
  ranking: readonly PlacedRoute[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  options: SimulationOptions = {},
): Simulation {
  const seed = options.seed ?? viewSeed(complete, criteria, weights);
  const ordered = ranking.map((item) => item.route);
  const n = ordered.length;
  const m = criteria.length;
  // Flat typed arrays: the inner loop runs draws × routes × criteria times.
  const values = new Float64Array(n * m);
  const spreads = new Int32Array(n * m);
  const low = new Float64Array(n * m);
  const high = new Float64Array(n * m);
  let uncertainScores = 0;
  ordered.forEach((route, r) =>
    criteria.forEach((criterion, c) => {
      const value = scoreValue(route, criterion.id) ?? 0;
      const spread = CONFIDENCE_SPREAD[scoreConfidence(route, criterion.id) ?? 'stated'];
      values[r * m + c] = value;
      spreads[r * m + c] = spread;
      // A stated score is used as it is; a moved one is clipped to the scale.
      low[r * m + c] = spread > 0 ? Math.min(SCORE_MAX, Math.max(SCORE_MIN, value - spread)) : value;
      high[r * m + c] = spread > 0 ? Math.min(SCORE_MAX, Math.max(SCORE_MIN, value + spread)) : value;
      if (spread > 0) uncertainScores += 1;
    }),
  );
  const base = Float64Array.from(criteria, (criterion) => weights[criterion.id] ?? 0);
  const leads = canLead(low, high, base, n);
  // The routes drawn, and before each the count of numbers the routes left out would have drawn.
  const drawn: number[] = [];
  const skipBefore: number[] = [];
  let skipped = 0;
  for (let r = 0; r < n; r += 1) {
    if (leads[r]) {
      drawn.push(r);
      skipBefore.push(skipped);
      skipped = 0;
    } else {
      for (let c = 0; c < m; c += 1) if ((spreads[r * m + c] ?? 0) > 0) skipped += 1;
    }
  }
  const draws = options.draws ?? defaultDraws(drawn.length, m);
  const firsts = countFirsts(
    { routes: n, values, spreads, low, high, base, drawn, skipBefore, skipAfter: skipped },
    draws,
    seed,
  );
  const shares = ordered
    .map((route, r) => ({ route, share: draws > 0 ? (firsts[r] ?? 0) / draws : 0, r }))
    .sort((a, b) => b.share - a.share || a.r - b.r)
    .map(({ route, share }) => ({ route, share }));
  return { draws, seed, shares, uncertainScores };
}
