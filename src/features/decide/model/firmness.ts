import { SCORE_MAX, SCORE_MIN } from '../../../domain/edition/model';
import type { Criterion, Route } from '../../../domain/edition/schema';
import { overallScore, type Weights } from '../../../domain/scoring';
import { overPlaces, type PlacedRoute } from './decide';
import { simulateRanked, type Simulation, type SimulationOptions } from './simulation';

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

/** One score changed, and the route that would then lead alone (`R`: the route, or how a message names it). */
export interface ScoreFlip<R = Route> {
  readonly route: R;
  readonly criterionId: string;
  /** The score now, 1–5. */
  readonly from: number;
  /** The score that would change the winner, 1–5. */
  readonly to: number;
  /** The route that would rank first alone after the change (the changed route, or a third one). */
  readonly newLeader: R;
}

/** The smallest single-score changes that change the winner. */
export interface SmallestFlips<R = Route> {
  /** Size of the smallest change, in score points (1–4); `undefined` when no single change does it. */
  readonly steps: number | undefined;
  /** Every change of that size, runner-up first, then in ranking and criterion order. */
  readonly flips: readonly ScoreFlip<R>[];
}

/**
 * Tries every other value (1–5) of every score of every complete route, one score at a time, and
 * keeps the smallest changes after which another route ranks first alone (a new shared first place
 * does not count: the winner would still be first). Changes to the winner's own scores count too.
 * Returns `{ steps: undefined, flips: [] }` when the top is already shared or fewer than two routes
 * are complete.
 *
 * One change moves one route's weighted score only, so the routes are ranked once: after the change,
 * the changed route leads alone above the best of the others, ties with it, or falls below it, and
 * then the best of the others leads alone unless the next one has the same score. Cost: one ranking,
 * then routes × criteria × 4 weighted scores. (Ranking every changed field again cost
 * routes × criteria × 4 rankings: 0.7–0.9 s at 400 routes and 3.4 s at 800 under Node.)
 */
export function smallestFlips(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): SmallestFlips {
  return overPlaces(routes, criteria, weights, (_, ranking) => flipsIn(ranking, criteria, weights));
}

/** {@link smallestFlips} over `ranking`, the ranking of the complete routes under `weights`. */
function flipsIn(
  ranking: readonly PlacedRoute[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): SmallestFlips {
  const [top] = ranking;
  if (ranking.length < 2 || !top || top.tied) return { steps: undefined, flips: [] };
  const winner = top.route;
  let steps: number | undefined;
  let flips: ScoreFlip[] = [];
  ranking.forEach(({ route }, position) => {
    // The best two of the other routes, in ranking order.
    const best = ranking[position === 0 ? 1 : 0];
    const next = ranking[position <= 1 ? 2 : 1];
    if (!best) return;
    for (const criterion of criteria) {
      const score = route.scores[criterion.id];
      if (!score) continue;
      for (let to = SCORE_MIN; to <= SCORE_MAX; to += 1) {
        const size = Math.abs(to - score.value);
        if (size === 0 || (steps !== undefined && size > steps)) continue;
        const changed = overallScore(
          { scores: { ...route.scores, [criterion.id]: { ...score, value: to } } },
          criteria,
          weights,
        );
        // Every complete route has a weighted score here: the top would be shared if none had.
        const leader =
          changed === undefined || best.overall === undefined || changed === best.overall
            ? undefined
            : changed > best.overall
              ? route
              : next?.overall === best.overall
                ? undefined
                : best.route;
        if (!leader || leader.id === winner.id) continue;
        if (steps === undefined || size < steps) {
          steps = size;
          flips = [];
        }
        flips.push({ route, criterionId: criterion.id, from: score.value, to, newLeader: leader });
      }
    }
  });
  return { steps, flips };
}

/** Everything "How firm" says, in data (`R`: a route, or how a message names it). */
export interface Firmness<R = Route> {
  readonly winner: R;
  readonly runnerUp: R;
  /** Winner's weighted score minus the runner-up's, ≥ 0 (0 when the top is shared). */
  readonly margin: number;
  /** True when the margin is at most {@link CLOSE_CALL_MARGIN} (a shared top is a tie, not a close call). */
  readonly closeCall: boolean;
  /** True when two or more routes share the top score now. */
  readonly tie: boolean;
  readonly flips: SmallestFlips<R>;
  readonly simulation: Simulation<R>;
}

/**
 * The figures of "How firm" for one ranking, or `undefined` for fewer than two complete routes.
 * Weights are percentages summing to 100.
 */
export function assessFirmness(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  options: SimulationOptions = {},
): Firmness | undefined {
  return overPlaces(routes, criteria, weights, (complete, ranking) =>
    assessPlaced(complete, ranking, criteria, weights, options),
  );
}

/**
 * {@link assessFirmness} over `complete`, the complete routes in the order given, and `ranking`,
 * their places under `weights`. One ranking serves the margin, the flips and the simulation (each
 * ranking of 100 000 routes took about 150 ms under Node).
 */
export function assessPlaced(
  complete: readonly Route[],
  ranking: readonly PlacedRoute[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  options: SimulationOptions = {},
): Firmness | undefined {
  const [first, second] = ranking;
  if (!first || !second || criteria.length === 0) return undefined;
  const margin = Math.max(0, (first.overall ?? 0) - (second.overall ?? 0));
  const tie = margin < EPSILON;
  return {
    winner: first.route,
    runnerUp: second.route,
    margin,
    tie,
    closeCall: !tie && margin <= CLOSE_CALL_MARGIN + EPSILON,
    flips: flipsIn(ranking, criteria, weights),
    simulation: simulateRanked(complete, ranking, criteria, weights, options),
  };
}
