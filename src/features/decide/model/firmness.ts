import { SCORE_MAX, SCORE_MIN } from '../../../domain/edition/model';
import type { Criterion, Route } from '../../../domain/edition/schema';
import { scoreConfidence, type ScoreConfidence } from '../../../domain/edition/model';
import { overallScore, scoreValue, type Weights } from '../../../domain/scoring';
import { rankRoutes } from './decide';

/**
 * How firm a ranking's winner is, beyond the weight intervals of `winnerSensitivity`: the smallest
 * change to one score that hands the lead to another route, whether the lead is a close call, and how
 * often each route ranks first when the scores and weights move within what is plausible.
 */

const EPSILON = 1e-9;

/**
 * A lead of at most this much (5 % of the 1–5 scale: 0.2) is a close call. "At most", not "under":
 * the article's own near-ties are leads of exactly 0.20, and 3.2 − 3.0 is 0.2000000000000002 in doubles.
 */
export const CLOSE_CALL_MARGIN = 0.05 * (SCORE_MAX - SCORE_MIN);

/** Routes with a score on every criterion: the only ones whose weighted scores compare like for like. */
export function completeRoutes(routes: readonly Route[], criteria: readonly Pick<Criterion, 'id'>[]): Route[] {
  return routes.filter((route) => criteria.every((criterion) => scoreValue(route, criterion.id) !== undefined));
}

/** One score changed, and the route that would then lead alone. */
export interface ScoreFlip {
  readonly route: Route;
  readonly criterionId: string;
  /** The score now, 1–5. */
  readonly from: number;
  /** The score that would change the winner, 1–5. */
  readonly to: number;
  /** The route that would rank first alone after the change (the changed route, or a third one). */
  readonly newLeader: Route;
}

/** The smallest single-score changes that change the winner. */
export interface SmallestFlips {
  /** Size of the smallest change, in score points (1–4); `undefined` when no single change does it. */
  readonly steps: number | undefined;
  /** Every change of that size, runner-up first, then in ranking and criterion order. */
  readonly flips: readonly ScoreFlip[];
}

/** The route that ranks first alone under `weights`, or `undefined` when the top is shared. */
function soleLeader(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): Route | undefined {
  const ranking = rankRoutes(routes, criteria, weights);
  return ranking[0] && !ranking[0].tied ? ranking[0].route : undefined;
}

/**
 * Tries every other value (1–5) of every score of every complete route, one score at a time, and
 * keeps the smallest changes after which another route ranks first alone (a new shared first place
 * does not count: the winner would still be first). Changes to the winner's own scores count too.
 * Returns `{ steps: undefined, flips: [] }` when the top is already shared or fewer than two routes
 * are complete. Cost: routes × criteria × 4 rankings, fine for the ≤ 100 routes Decide ranks.
 */
export function smallestFlips(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): SmallestFlips {
  const complete = completeRoutes(routes, criteria);
  const winner = complete.length >= 2 ? soleLeader(complete, criteria, weights) : undefined;
  if (!winner) return { steps: undefined, flips: [] };
  const order = rankRoutes(complete, criteria, weights).map((item) => item.route);
  let steps: number | undefined;
  let flips: ScoreFlip[] = [];
  for (const route of order) {
    for (const criterion of criteria) {
      const score = route.scores[criterion.id];
      if (!score) continue;
      for (let to = SCORE_MIN; to <= SCORE_MAX; to += 1) {
        const size = Math.abs(to - score.value);
        if (size === 0 || (steps !== undefined && size > steps)) continue;
        const changed: Route = { ...route, scores: { ...route.scores, [criterion.id]: { ...score, value: to } } };
        const leader = soleLeader(
          complete.map((other) => (other === route ? changed : other)),
          criteria,
          weights,
        );
        if (!leader || leader.id === winner.id) continue;
        if (steps === undefined || size < steps) {
          steps = size;
          flips = [];
        }
        flips.push({ route, criterionId: criterion.id, from: score.value, to, newLeader: leader });
      }
    }
  }
  return { steps, flips };
}

/** The plausible spread of a score by its confidence, in points either way (clipped to 1–5). */
export const CONFIDENCE_SPREAD: Readonly<Record<ScoreConfidence, number>> = { stated: 0, inferred: 1, guess: 2 };

/**
 * Each weight is multiplied by a factor drawn uniformly from 1 ± this (0.8–1.2) and the weights
 * renormalised: "near the chosen ones" means within a fifth of each, and a weight of 0 stays 0.
 */
export const WEIGHT_JITTER = 0.2;

/** Draws the simulation makes by default. */
export const DEFAULT_DRAWS = 10_000;

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed gives the same sequence in every browser. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The simulation's seed for a view: a hash of what the simulation reads (each route's id, scores and
 * confidences, each weight to 1e-6), so the same view always gives the same figures and any change
 * to it draws afresh.
 */
export function viewSeed(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): number {
  const routePart = routes
    .map(
      (route) =>
        `${route.id}:${criteria
          .map((criterion) => `${scoreValue(route, criterion.id) ?? '-'}${scoreConfidence(route, criterion.id) ?? ''}`)
          .join(',')}`,
    )
    .join(';');
  const weightPart = criteria.map((criterion) => (weights[criterion.id] ?? 0).toFixed(6)).join(',');
  return fnv1a(`${routePart}|${weightPart}`);
}

/** How often one route ranked first in the simulation. */
export interface FirstShare {
  readonly route: Route;
  /** Share of the draws it ranked first in, 0–1 (a first place shared by k routes counts 1/k to each). */
  readonly share: number;
}

/** The simulation's figures. */
export interface Simulation {
  readonly draws: number;
  readonly seed: number;
  /** Every complete route, most often first first (ties in ranking order). */
  readonly shares: readonly FirstShare[];
  /** How many scores could move (confidence inferred or guess). */
  readonly uncertainScores: number;
}

/**
 * How often each complete route ranks first across plausible scores and weights near `weights`.
 * Each draw moves every score by a whole number drawn uniformly from ±its spread
 * ({@link CONFIDENCE_SPREAD}: stated 0, inferred 1, guess 2), clipped to 1–5, and multiplies each
 * weight by a factor from 1 ± {@link WEIGHT_JITTER}; the route with the highest weighted score is
 * first. Seeded ({@link mulberry32}, seed defaults to {@link viewSeed}), so the same view gives the
 * same figures. 10 000 draws over a handful of routes take a few milliseconds.
 */
export function simulateFirst(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  options: { readonly draws?: number; readonly seed?: number } = {},
): Simulation {
  const complete = completeRoutes(routes, criteria);
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? viewSeed(complete, criteria, weights);
  const ordered = rankRoutes(complete, criteria, weights).map((item) => item.route);
  const n = ordered.length;
  const m = criteria.length;
  // Flat typed arrays: the inner loop runs draws × routes × criteria times.
  const values = new Float64Array(n * m);
  const spreads = new Int32Array(n * m);
  let uncertainScores = 0;
  ordered.forEach((route, r) =>
    criteria.forEach((criterion, c) => {
      values[r * m + c] = scoreValue(route, criterion.id) ?? 0;
      spreads[r * m + c] = CONFIDENCE_SPREAD[scoreConfidence(route, criterion.id) ?? 'stated'];
      if ((spreads[r * m + c] ?? 0) > 0) uncertainScores += 1;
    }),
  );
  const base = Float64Array.from(criteria, (criterion) => weights[criterion.id] ?? 0);
  const jittered = new Float64Array(m);
  const totals = new Float64Array(n);
  const firsts = new Float64Array(n);
  const random = mulberry32(seed);
  for (let draw = 0; draw < draws; draw += 1) {
    // Every route shares the weights' sum, so the sum need not be divided out to find the top.
    for (let c = 0; c < m; c += 1) jittered[c] = (base[c] ?? 0) * (1 - WEIGHT_JITTER + 2 * WEIGHT_JITTER * random());
    let best = -Infinity;
    for (let r = 0; r < n; r += 1) {
      let total = 0;
      for (let c = 0; c < m; c += 1) {
        const spread = spreads[r * m + c] ?? 0;
        let value = values[r * m + c] ?? 0;
        if (spread > 0) {
          value += Math.floor(random() * (2 * spread + 1)) - spread;
          value = value < SCORE_MIN ? SCORE_MIN : value > SCORE_MAX ? SCORE_MAX : value;
        }
        total += value * (jittered[c] ?? 0);
      }
      totals[r] = total;
      if (total > best) best = total;
    }
    let top = 0;
    for (let r = 0; r < n; r += 1) if ((totals[r] ?? 0) >= best - EPSILON * 100) top += 1;
    for (let r = 0; r < n; r += 1) if ((totals[r] ?? 0) >= best - EPSILON * 100) firsts[r] = (firsts[r] ?? 0) + 1 / top;
  }
  const shares = ordered
    .map((route, r) => ({ route, share: draws > 0 ? (firsts[r] ?? 0) / draws : 0, r }))
    .sort((a, b) => b.share - a.share || a.r - b.r)
    .map(({ route, share }) => ({ route, share }));
  return { draws, seed, shares, uncertainScores };
}

/** Everything "How firm" says, in data. */
export interface Firmness {
  readonly winner: Route;
  readonly runnerUp: Route;
  /** Winner's weighted score minus the runner-up's, ≥ 0 (0 when the top is shared). */
  readonly margin: number;
  /** True when the margin is at most {@link CLOSE_CALL_MARGIN} (a shared top is a tie, not a close call). */
  readonly closeCall: boolean;
  /** True when two or more routes share the top score now. */
  readonly tie: boolean;
  readonly flips: SmallestFlips;
  readonly simulation: Simulation;
}

/**
 * The figures of "How firm" for one ranking, or `undefined` for fewer than two complete routes.
 * Weights are percentages summing to 100.
 */
export function assessFirmness(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  options: { readonly draws?: number; readonly seed?: number } = {},
): Firmness | undefined {
  const complete = completeRoutes(routes, criteria);
  if (complete.length < 2 || criteria.length === 0) return undefined;
  const [first, second] = complete
    .map((route, index) => ({ route, index, overall: overallScore(route, criteria, weights) ?? 0 }))
    .sort((a, b) => b.overall - a.overall || a.index - b.index);
  if (!first || !second) return undefined;
  const margin = Math.max(0, first.overall - second.overall);
  const tie = margin < EPSILON;
  return {
    winner: first.route,
    runnerUp: second.route,
    margin,
    tie,
    closeCall: !tie && margin <= CLOSE_CALL_MARGIN + EPSILON,
    flips: smallestFlips(complete, criteria, weights),
    simulation: simulateFirst(complete, criteria, weights, options),
  };
}
