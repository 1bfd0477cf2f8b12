import { scoreConfidence, type ScoreConfidence } from '../../../domain/edition/model';
import type { Criterion, Route } from '../../../domain/edition/schema';
import { scoreValue, type Weights } from '../../../domain/scoring';
import type { FirstShare } from '../model/simulation';
import { mapAnalysis, type WinnerAnalysis } from '../model/analysis';

/**
 * The messages between the page and the worker that works out "How firm" (`analysis.worker.ts`).
 * Routes cross as flat typed arrays of what the analysis reads (ids, scores, confidences), not as
 * objects: structured-cloning 100 000 routes with their texts would cost the page more than the
 * analysis saves it. The answer names routes by their place in the request, and the page puts its
 * own routes back in.
 */

/** A confidence's code in {@link PackedRoutes.confidences}. */
const CONFIDENCES: readonly ScoreConfidence[] = ['stated', 'inferred', 'guess'];

/** Routes as the worker receives them. */
export interface PackedRoutes {
  readonly criterionIds: readonly string[];
  readonly routeIds: readonly string[];
  /** `routes × criteria`, row by row: each score, 1–5, or `NaN` where the route has none. */
  readonly values: Float64Array;
  /** `routes × criteria`: each score's confidence as its index in `['stated', 'inferred', 'guess']`. */
  readonly confidences: Uint8Array;
}

/** A request: analyse `routes` under `weights` (percent per criterion id, summing to 100). */
export interface AnalysisRequest {
  /** Echoed in the answer. */
  readonly job: number;
  readonly routes: PackedRoutes;
  readonly weights: Weights;
}

/**
 * The worker's answer. Routes are named by their index in the request. The simulation's shares,
 * one per complete route, cross as two typed arrays (`shareRoutes[i]` was first in `shareValues[i]`
 * of the draws) and `analysis.firmness.simulation.shares` is empty.
 */
export type AnalysisAnswer =
  | {
      readonly job: number;
      readonly analysis: WinnerAnalysis<number>;
      readonly shareRoutes: Int32Array;
      readonly shareValues: Float64Array;
    }
  | { readonly job: number; readonly error: string };

/** What the worker posts once its script has loaded and run, before any answer. */
export interface WorkerReady {
  readonly ready: true;
}

const packed = new WeakMap<readonly Route[], { criteria: readonly Pick<Criterion, 'id'>[]; routes: PackedRoutes }>();

/**
 * `routes` as the worker receives them, for `criteria`. Kept per routes array (a weight step sends
 * the same routes again); the arrays are copied when posted, never transferred, so they stay usable.
 */
export function packRoutes(routes: readonly Route[], criteria: readonly Pick<Criterion, 'id'>[]): PackedRoutes {
  const kept = packed.get(routes);
  if (kept && kept.criteria === criteria) return kept.routes;
  const m = criteria.length;
  const values = new Float64Array(routes.length * m);
  const confidences = new Uint8Array(routes.length * m);
  routes.forEach((route, r) =>
    criteria.forEach((criterion, c) => {
      values[r * m + c] = scoreValue(route, criterion.id) ?? Number.NaN;
      confidences[r * m + c] = Math.max(0, CONFIDENCES.indexOf(scoreConfidence(route, criterion.id) ?? 'stated'));
    }),
  );
  const result: PackedRoutes = {
    criterionIds: criteria.map((criterion) => criterion.id),
    routeIds: routes.map((route) => route.id),
    values,
    confidences,
  };
  packed.set(routes, { criteria, routes: result });
  return result;
}

const NO_TEXT = { zh: '', en: '' } as const;

/**
 * The routes of `packed`, in order, as the worker analyses them: each has its id and scores, each
 * score its value and confidence, and nothing else (no names, texts or cites: the analysis reads
 * none, and the page writes every sentence from its own routes).
 */
export function unpackRoutes(packed: PackedRoutes): Route[] {
  const { criterionIds, routeIds, values, confidences } = packed;
  const m = criterionIds.length;
  return routeIds.map((id, r): Route => {
    const scores: Route['scores'] = {};
    criterionIds.forEach((criterionId, c) => {
      const value = values[r * m + c] ?? Number.NaN;
      if (Number.isNaN(value)) return;
      scores[criterionId] = {
        value,
        rationale: NO_TEXT,
        cites: [],
        confidence: CONFIDENCES[confidences[r * m + c] ?? 0] ?? 'stated',
      };
    });
    return {
      id,
      trendId: '',
      name: NO_TEXT,
      aliases: [],
      strengths: [],
      weaknesses: [],
      tags: [],
      examples: [],
      scores,
    };
  });
}

/** The worker's answer for `job`: `analysis` of `routes` (those {@link unpackRoutes} gave), routes named by index. */
export function answerOf(job: number, analysis: WinnerAnalysis, routes: readonly Route[]): AnalysisAnswer {
  const index = new Map(routes.map((route, at) => [route, at]));
  const indexed = mapAnalysis(analysis, (route) => index.get(route) ?? -1);
  const shares = indexed.firmness?.simulation.shares ?? [];
  return {
    job,
    analysis: {
      ...indexed,
      firmness: indexed.firmness && {
        ...indexed.firmness,
        simulation: { ...indexed.firmness.simulation, shares: [] },
      },
    },
    shareRoutes: Int32Array.from(shares, (share) => share.route),
    shareValues: Float64Array.from(shares, (share) => share.share),
  };
}

/**
 * The page's analysis from a worker's answer to a request for `routes`: the figures as the worker
 * gave them, with the page's own routes. Throws when the answer is an error, or names a route
 * `routes` does not have (an answer for another request).
 */
export function analysisOf(answer: AnalysisAnswer, routes: readonly Route[]): WinnerAnalysis {
  if ('error' in answer) throw new Error(answer.error);
  const shares = Array.from(answer.shareRoutes, (route, at): FirstShare<number> => ({
    route,
    share: answer.shareValues[at] ?? 0,
  }));
  const { firmness } = answer.analysis;
  const whole: WinnerAnalysis<number> = {
    ...answer.analysis,
    firmness: firmness && { ...firmness, simulation: { ...firmness.simulation, shares } },
  };
  return mapAnalysis(whole, (at) => {
    const route = routes[at];
    if (!route) throw new Error(`"How firm" named route ${at + 1} of ${routes.length}`);
    return route;
  });
}
