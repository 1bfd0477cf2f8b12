import type { Criterion, Route } from './edition/schema';

/**
 * Weight per criterion id, as fractions that sum to 1 (e.g. `{ cost: 0.5, performance: 0.25, … }`).
 */
export type Weights = Readonly<Record<string, number>>;

/** Equal weights over the given criteria: each gets `1 / criteria.length`. */
export function equalWeights(criteria: readonly Pick<Criterion, 'id'>[]): Weights {
  return Object.fromEntries(criteria.map((criterion) => [criterion.id, 1 / criteria.length]));
}

/** A route's score on one criterion, or `undefined` when it has none. Range 1–5. */
export function scoreValue(route: Pick<Route, 'scores'>, criterionId: string): number | undefined {
  return route.scores[criterionId]?.value;
}

/**
 * Weighted mean of a route's scores, in the scores' own range (1–5).
 *
 * Criteria the route has no score for are left out and the remaining weights renormalised, so a
 * missing score neither counts as 0 nor hides the route. Returns `undefined` when no weighted
 * criterion has a score. The mean is rounded to 9 decimals.
 */
export function overallScore(
  route: Pick<Route, 'scores'>,
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights = equalWeights(criteria),
): number | undefined {
  let weighted = 0;
  let totalWeight = 0;
  for (const criterion of criteria) {
    const value = scoreValue(route, criterion.id);
    const weight = weights[criterion.id] ?? 0;
    if (value === undefined || weight <= 0) continue;
    weighted += value * weight;
    totalWeight += weight;
  }
  // Rounded to 1e-9 so that equal means compare equal (11/3 can come out as …665 or …666).
  return totalWeight > 0 ? Math.round((weighted / totalWeight) * 1e9) / 1e9 : undefined;
}
