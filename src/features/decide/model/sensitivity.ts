import type { Criterion, Route } from '../../../domain/edition/schema';
import { scoreValue, type Weights } from '../../../domain/scoring';
import { EPSILON, overPlaces, type PlacedRoute } from './decide';

/**
 * How firmly the Decide view's winner leads: for each criterion, how far its weight can move before
 * another route takes first place.
 */

/** Sum of the weights of the given criteria (missing ones count 0). */
function total(weights: Weights, criteria: readonly Pick<Criterion, 'id'>[]): number {
  return criteria.reduce((sum, criterion) => sum + (weights[criterion.id] ?? 0), 0);
}

/** How far one criterion's weight can move before the leader changes (`R`: a route, or how a message names it). */
export interface WeightRange<R = Route> {
  readonly criterionId: string;
  /** The criterion's current weight, in percent. */
  readonly current: number;
  /**
   * Below this weight (percent) another route takes the lead; `undefined` when the leader holds all
   * the way down to 0 %.
   */
  readonly lower: number | undefined;
  /** The route that leads just below `lower`. */
  readonly lowerRival: R | undefined;
  /** Above this weight another route takes the lead; `undefined` when the leader holds up to 100 %. */
  readonly upper: number | undefined;
  /** The route that leads just above `upper`. */
  readonly upperRival: R | undefined;
}

/** The sensitivity of a ranking's winner to each weight. */
export type Sensitivity<R = Route> =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'tie';
      readonly routes: readonly R[];
      /** True when the tied routes score the same on every criterion: no weighting separates them. */
      readonly identical: boolean;
    }
  | { readonly kind: 'leader'; readonly winner: R; readonly ranges: readonly WeightRange<R>[] };

/**
 * For the route that ranks first under `weights` (percentages summing to 100), computes for each
 * criterion the interval of its weight over which that route stays first, when the criterion's
 * weight moves and the other weights keep their proportions to each other (split equally when they
 * are all 0). Scores are linear in the moved weight, so each bound is where the winner's line
 * crosses a rival's, found exactly rather than by stepping.
 *
 * Only routes with a score on every criterion take part. Returns `none` for fewer than two such
 * routes and `tie` when two or more share the top score now.
 */
export function winnerSensitivity(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): Sensitivity {
  return overPlaces(routes, criteria, weights, (complete, ranking) =>
    sensitivityPlaced(complete, ranking, criteria, weights),
  );
}

/**
 * {@link winnerSensitivity} over `complete`, the complete routes, and `ranking`, their places under
 * `weights`.
 */
export function sensitivityPlaced(
  complete: readonly Route[],
  ranking: readonly PlacedRoute[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): Sensitivity {
  if (complete.length < 2 || criteria.length === 0) return { kind: 'none' };
  const leaders = ranking.filter((item) => item.rank === 1);
  if (leaders.length > 1) {
    const tied = leaders.map((item) => item.route);
    const identical = criteria.every((criterion) =>
      tied.every((route) => scoreValue(route, criterion.id) === scoreValue(tied[0] as Route, criterion.id)),
    );
    return { kind: 'tie', routes: tied, identical };
  }
  const winner = ranking[0]?.route;
  if (!winner) return { kind: 'none' };
  const score = (route: Route, id: string) => scoreValue(route, id) ?? 0;

  const ranges = criteria.map((criterion): WeightRange => {
    const current = weights[criterion.id] ?? 0;
    const others = criteria.filter((other) => other.id !== criterion.id);
    const otherTotal = total(weights, others);
    const share = (id: string) => (otherTotal > EPSILON ? (weights[id] ?? 0) / otherTotal : 1 / others.length);
    // With weight x (percent) on this criterion, a route scores base + x × slope / 100.
    const line = (route: Route) => {
      const base = others.reduce((sum, other) => sum + share(other.id) * score(route, other.id), 0);
      return { base, slope: score(route, criterion.id) - base };
    };
    const lead = line(winner);
    let lower: { at: number; rival: Route } | undefined;
    let upper: { at: number; rival: Route } | undefined;
    for (const rival of complete) {
      if (rival === winner) continue;
      const other = line(rival);
      const slope = lead.slope - other.slope;
      if (Math.abs(slope) < EPSILON) continue;
      const at = ((other.base - lead.base) * 100) / slope;
      if (slope < 0 && at < 100 - EPSILON && at >= current - EPSILON && (!upper || at < upper.at)) {
        upper = { at, rival };
      }
      if (slope > 0 && at > EPSILON && at <= current + EPSILON && (!lower || at > lower.at)) {
        lower = { at, rival };
      }
    }
    // Several rivals can cross the winner at the same weight: the one that leads just beyond it is named.
    const leaderAt = (x: number) => {
      let best: { route: Route; score: number } | undefined;
      for (const route of complete) {
        if (route === winner) continue;
        const { base, slope } = line(route);
        const value = base + (x * slope) / 100;
        if (!best || value > best.score + EPSILON) best = { route, score: value };
      }
      return best?.route;
    };
    return {
      criterionId: criterion.id,
      current,
      lower: lower?.at,
      lowerRival: lower ? leaderAt(Math.max(0, lower.at - 1e-6)) : undefined,
      upper: upper?.at,
      upperRival: upper ? leaderAt(Math.min(100, upper.at + 1e-6)) : undefined,
    };
  });
  return { kind: 'leader', winner, ranges };
}
