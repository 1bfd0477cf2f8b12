import type { Criterion, Edition, Route } from '../../../domain/edition/schema';
import { overallScore, scoreValue, type Weights } from '../../../domain/scoring';

/**
 * Weighing criteria and ranking routes for the Decide view.
 *
 * Weights here are percentages: non-negative numbers over the edition's criteria that sum to 100.
 */

/** Tolerance for "sums to 100" and for ties between weighted scores. */
export const EPSILON = 1e-9;

/**
 * Equal percentages over `criteria` (100 / n each, not rounded: three criteria get 33.33… each, so
 * "balanced" favours none of them).
 */
export function equalPercentWeights(criteria: readonly Pick<Criterion, 'id'>[]): Weights {
  return Object.fromEntries(criteria.map((criterion) => [criterion.id, 100 / criteria.length]));
}

/**
 * Splits `amount` (a whole number) over `keys` in proportion to `shares`, in whole numbers that add
 * up to `amount` exactly (largest remainder; ties go to the earlier key). Equal shares when every
 * share is 0.
 */
function apportion(keys: readonly string[], shares: readonly number[], amount: number): number[] {
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  const exact = keys.map((_, index) =>
    shareSum > EPSILON ? ((shares[index] ?? 0) / shareSum) * amount : amount / keys.length,
  );
  const floors = exact.map((value) => Math.floor(value + EPSILON));
  let left = amount - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/**
 * Sets one criterion's weight to `percent` (clamped to 0–100, rounded to a whole number) and
 * spreads the rest over the other criteria in proportion to their weights in `weights` (equally
 * when they are all 0), to the hundredth, so the result always sums to exactly 100. Pass the
 * weights as they were when a drag or a run of key presses began, so the others keep their
 * proportions however far the slider travels.
 */
export function setWeight(
  weights: Weights,
  criteria: readonly Pick<Criterion, 'id'>[],
  criterionId: string,
  percent: number,
): Weights {
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  const others = criteria.filter((criterion) => criterion.id !== criterionId).map((criterion) => criterion.id);
  if (others.length === 0) return { [criterionId]: 100 };
  // Hundredths, apportioned in whole units, so the parts add up to the rest exactly.
  const spread = apportion(
    others,
    others.map((id) => weights[id] ?? 0),
    (100 - value) * 100,
  );
  return Object.fromEntries(
    criteria.map((criterion) => [
      criterion.id,
      criterion.id === criterionId ? value : (spread[others.indexOf(criterion.id)] ?? 0) / 100,
    ]),
  );
}

/** One criterion's part in a route's weighted score. */
export interface Contribution {
  readonly criterionId: string;
  /** The route's score, 1–5, or `undefined` when it has none. */
  readonly score: number | undefined;
  /** The criterion's weight in percent (0–100). */
  readonly weight: number;
  /** Points this criterion adds to the weighted score: `score × weight / 100` (0 without a score). */
  readonly points: number;
}

/** A route's place in a ranking, without the parts of its score (see {@link placeRoutes}). */
export interface PlacedRoute {
  readonly route: Route;
  /** Weighted score, 1–5; `undefined` when the route has no weighted score at all. */
  readonly overall: number | undefined;
  /** 1-based competition rank: routes with equal scores share a rank (1, 1, 3). */
  readonly rank: number;
  /** True when another route has the same rank. */
  readonly tied: boolean;
}

/** A route's place in a ranking, with each criterion's part in its weighted score. */
export interface RankedRoute extends PlacedRoute {
  readonly contributions: readonly Contribution[];
}

/**
 * Places `routes` by their weighted score under `weights` (percentages), best first; routes without
 * any weighted score come last. Equal scores keep the input order and share a rank. What "How firm"
 * and the weight intervals read of a ranking: over 100 000 routes the parts of each score, which
 * they never read, are as many objects again.
 */
export function placeRoutes(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): PlacedRoute[] {
  const scored = routes.map((route, index) => ({ route, index, overall: overallScore(route, criteria, weights) }));
  scored.sort((a, b) => {
    if (a.overall === undefined || b.overall === undefined) {
      return (a.overall === undefined ? 1 : 0) - (b.overall === undefined ? 1 : 0) || a.index - b.index;
    }
    return b.overall - a.overall || a.index - b.index;
  });
  // Sorted, equal scores sit side by side: each run of them shares the rank of its first. (Looking
  // for each route's equals across the whole list took about 5 s at 20 000 routes and 72–108 s at 200 000.)
  const placed: PlacedRoute[] = [];
  for (let first = 0; first < scored.length;) {
    let end = first + 1;
    while (end < scored.length && scored[end]?.overall === scored[first]?.overall) end += 1;
    for (let position = first; position < end; position += 1) {
      const { route, overall } = scored[position] as (typeof scored)[number];
      placed.push({ route, overall, rank: first + 1, tied: end - first > 1 });
    }
    first = end;
  }
  return placed;
}

/**
 * Calls `over` with the complete routes of `routes` (see {@link completeRoutes}), in the order
 * given, and their places under `weights`: what "How firm" and the weight intervals work from.
 */
export function overPlaces<T>(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
  over: (complete: readonly Route[], ranking: readonly PlacedRoute[]) => T,
): T {
  const complete = completeRoutes(routes, criteria);
  return over(complete, placeRoutes(complete, criteria, weights));
}

/** {@link placeRoutes}, with each criterion's part in every route's weighted score. */
export function rankRoutes(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): RankedRoute[] {
  return placeRoutes(routes, criteria, weights).map((placed) => ({
    ...placed,
    contributions: criteria.map((criterion) => {
      const score = scoreValue(placed.route, criterion.id);
      const weight = weights[criterion.id] ?? 0;
      return { criterionId: criterion.id, score, weight, points: score === undefined ? 0 : (score * weight) / 100 };
    }),
  }));
}

/** Routes with a score on every criterion: the only ones whose weighted scores compare like for like. */
export function completeRoutes(routes: readonly Route[], criteria: readonly Pick<Criterion, 'id'>[]): Route[] {
  return routes.filter((route) => criteria.every((criterion) => scoreValue(route, criterion.id) !== undefined));
}

/** Why a route ranks where it does, in data: the criterion that lifts it most and the one that costs it most. */
export interface RankReason {
  /** Criterion where the route gains most over the field's weighted average, if it gains anywhere. */
  readonly lift: Contribution | undefined;
  /** Criterion where the route loses most against the field's weighted average, if it loses anywhere. */
  readonly drag: Contribution | undefined;
}

/**
 * Explains one ranked route against the others in `ranking`: for each weighted criterion it takes
 * `weight × (score − mean score of the ranked routes)`; the largest positive one lifts the route,
 * the most negative one drags it. Criteria with weight 0 or no score never count.
 */
export function explainRank(
  item: RankedRoute,
  ranking: readonly RankedRoute[],
  means: readonly (number | undefined)[] = criterionMeans(ranking),
): RankReason {
  let lift: { contribution: Contribution; edge: number } | undefined;
  let drag: { contribution: Contribution; edge: number } | undefined;
  item.contributions.forEach((contribution, index) => {
    const mean = means[index];
    if (contribution.score === undefined || contribution.weight <= 0 || mean === undefined) return;
    const edge = contribution.weight * (contribution.score - mean);
    if (edge > EPSILON && (!lift || edge > lift.edge)) lift = { contribution, edge };
    if (edge < -EPSILON && (!drag || edge < drag.edge)) drag = { contribution, edge };
  });
  return { lift: lift?.contribution, drag: drag?.contribution };
}

/**
 * The mean score of each criterion (by position in `contributions`) over the ranked routes that have
 * one; `undefined` where none has. Computed once for a whole ranking: `explainRank` compares every
 * route with these, so explaining n routes costs O(n), not O(n²).
 */
export function criterionMeans(ranking: readonly RankedRoute[]): (number | undefined)[] {
  const count = ranking[0]?.contributions.length ?? 0;
  return Array.from({ length: count }, (_, index) => {
    let sum = 0;
    let n = 0;
    for (const other of ranking) {
      const score = other.contributions[index]?.score;
      if (score === undefined) continue;
      sum += score;
      n += 1;
    }
    return n > 0 ? sum / n : undefined;
  });
}

/**
 * Whether `routes` must be ranked trend by trend: the article scores routes within a trend, so
 * routes of several trends are never ranked against each other; a comparison of one's own
 * (`kind: 'user'`) scores every route on one scale and is ranked as one list.
 */
export function ranksByTrend(edition: Pick<Edition, 'kind'>, routes: readonly Pick<Route, 'trendId'>[]): boolean {
  if (edition.kind === 'user') return false;
  // One pass that stops at the second trend: Decide asks this several times per render, and a set
  // of 33 333 trend ids took about 4 ms each time.
  const first = routes[0]?.trendId;
  return routes.some((route) => route.trendId !== first);
}
