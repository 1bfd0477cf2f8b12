import type { RankedRoute } from './decide';

/**
 * Explaining a ranked route against one other route (the runner-up for the winner, the winner for
 * everyone else), so that two routes never both "have the biggest edge" on the same criterion.
 */

const EPSILON = 1e-9;

/** One criterion on which two routes differ. */
export interface Difference {
  readonly criterionId: string;
  /** The explained route's score, 1–5. */
  readonly score: number;
  /** The other route's score, 1–5. */
  readonly otherScore: number;
  /** The criterion's weight, percent. */
  readonly weight: number;
  /** What the difference is worth in weighted points: `(score − otherScore) × weight / 100`. */
  readonly points: number;
}

/** A route against another: the gap, and the criterion that helps it most and the one that hurts it most. */
export interface Versus {
  readonly other: RankedRoute;
  /** The route's weighted score minus the other's (negative when behind; 0 in a tie). */
  readonly gap: number;
  /** True when both have the same weighted score. */
  readonly tied: boolean;
  /** The criterion on which the route gains most over the other, if any. */
  readonly ahead: Difference | undefined;
  /** The criterion on which the other gains most over the route, if any. */
  readonly behind: Difference | undefined;
}

/** The route `item` is explained against: the runner-up for the first, the first for every other route. */
export function opponentOf(item: RankedRoute, ranking: readonly RankedRoute[]): RankedRoute | undefined {
  const first = ranking[0];
  if (!first) return undefined;
  return item === first ? ranking[1] : first;
}

/**
 * Compares `item` with `other` criterion by criterion: `(score − other's) × weight`; the largest gain
 * and the largest loss are named. Criteria with weight 0 or a missing score on either side never count.
 */
export function versus(item: RankedRoute, other: RankedRoute): Versus {
  let ahead: Difference | undefined;
  let behind: Difference | undefined;
  item.contributions.forEach((contribution, index) => {
    const otherScore = other.contributions[index]?.score;
    if (contribution.score === undefined || otherScore === undefined || contribution.weight <= 0) return;
    const points = ((contribution.score - otherScore) * contribution.weight) / 100;
    const difference: Difference = {
      criterionId: contribution.criterionId,
      score: contribution.score,
      otherScore,
      weight: contribution.weight,
      points,
    };
    if (points > EPSILON && (!ahead || points > ahead.points + EPSILON)) ahead = difference;
    if (points < -EPSILON && (!behind || points < behind.points - EPSILON)) behind = difference;
  });
  const gap = (item.overall ?? 0) - (other.overall ?? 0);
  return { other, gap, tied: Math.abs(gap) < EPSILON, ahead, behind };
}
