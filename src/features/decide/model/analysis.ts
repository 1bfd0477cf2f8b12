import type { Criterion, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { overPlaces } from './decide';
import { assessPlaced, type Firmness } from './firmness';
import { sensitivityPlaced, type Sensitivity } from './sensitivity';

/**
 * What Decide works out about a ranking's winner after ranking it: "How firm" and the weight
 * intervals. `R` is a route, or how a message between the page and a worker names it (its index).
 */
export interface WinnerAnalysis<R = Route> {
  /** `undefined` for fewer than two complete routes (see `assessFirmness`). */
  readonly firmness: Firmness<R> | undefined;
  readonly sensitivity: Sensitivity<R>;
}

/**
 * "How firm" and the weight intervals of the ranking of `routes` under `weights` (percentages
 * summing to 100). Over 100 000 routes this takes from half a second to more than a second, which is
 * why the view runs it in a worker past a few dozen routes (`useWinnerAnalysis`).
 */
export function analyseWinner(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): WinnerAnalysis {
  // One ranking of the complete routes serves both.
  return overPlaces(routes, criteria, weights, (complete, ranking) => ({
    firmness: assessPlaced(complete, ranking, criteria, weights),
    sensitivity: sensitivityPlaced(complete, ranking, criteria, weights),
  }));
}

/** `analysis` with every route it names replaced by `to(route)`; the figures stay as they are. */
export function mapAnalysis<A, B>(analysis: WinnerAnalysis<A>, to: (route: A) => B): WinnerAnalysis<B> {
  const { firmness, sensitivity } = analysis;
  const rival = (route: A | undefined) => (route === undefined ? undefined : to(route));
  return {
    firmness: firmness && {
      ...firmness,
      winner: to(firmness.winner),
      runnerUp: to(firmness.runnerUp),
      flips: {
        steps: firmness.flips.steps,
        flips: firmness.flips.flips.map((flip) => ({ ...flip, route: to(flip.route), newLeader: to(flip.newLeader) })),
      },
      simulation: {
        ...firmness.simulation,
        shares: firmness.simulation.shares.map(({ route, share }) => ({ route: to(route), share })),
      },
    },
    sensitivity:
      sensitivity.kind === 'none'
        ? sensitivity
        : sensitivity.kind === 'tie'
          ? { ...sensitivity, routes: sensitivity.routes.map(to) }
          : {
              kind: 'leader',
              winner: to(sensitivity.winner),
              ranges: sensitivity.ranges.map((range) => ({
                ...range,
                lowerRival: rival(range.lowerRival),
                upperRival: rival(range.upperRival),
              })),
            },
  };
}
