import type { Criterion, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { noteLoadFailure, workerFailure } from '../../../lib/load-failure';
import type { WinnerAnalysis } from '../model/analysis';
import { analysisOf, packRoutes, type AnalysisAnswer, type AnalysisRequest } from './analysis-message';

/**
 * The page's side of the worker that works out "How firm" (`analysis.worker.ts`). One job runs at a
 * time: a newer request stops the worker of the one it replaces (a worker cannot be interrupted
 * mid-analysis, and its answer would be for routes or weights no longer shown). A worker that
 * answered is kept for the next request: starting one costs tens of milliseconds.
 */

let idle: Worker | undefined;
/** The worker at work on a job, if any. */
let busy: Worker | undefined;
let failed = false;
let jobs = 0;

/**
 * False where workers are unavailable (tests, old browsers) or the worker failed once in this page
 * (its script did not load, or it threw): the analysis then runs on the page.
 */
export function analysisWorkerAvailable(): boolean {
  return !failed && typeof Worker !== 'undefined';
}

/**
 * Starts a worker for the next {@link analyseInWorker}, if none is idle or at work, so that its
 * script loads and compiles while the page ranks the routes. Idempotent; does nothing where workers
 * are unavailable.
 */
export function warmAnalysisWorker(): void {
  if (idle || busy || !analysisWorkerAvailable()) return;
  try {
    const spare = createWorker();
    // Its script can fail to load before a job is given to it, with no one else listening.
    spare.onerror = (event) => {
      failed = true;
      spare.terminate();
      if (idle === spare) idle = undefined;
      noteLoadFailure(workerFailure(event, 'the How firm worker'));
    };
    idle = spare;
  } catch {
    // analyseInWorker meets the same failure and says so.
  }
}

/** A running analysis: its result, and a way to stop it. */
export interface AnalysisJob {
  /**
   * The analysis, with the page's own routes. Rejects when the worker fails (see
   * {@link analysisWorkerAvailable}); never settles once cancelled.
   */
  readonly analysis: Promise<WinnerAnalysis>;
  /** Stops the job: the worker is terminated if it is still at work. */
  cancel(): void;
}

function createWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'route-atlas-how-firm',
  });
}

/**
 * Works out "How firm" and the weight intervals of `routes` under `weights` (percent per criterion,
 * summing to 100) in a worker. The figures are those `analyseWinner` gives on the page: the worker
 * runs the same code on the same ids, scores and confidences, in the same order.
 */
export function analyseInWorker(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): AnalysisJob {
  const job = (jobs += 1);
  let settled = false;
  let worker: Worker | undefined;
  const analysis = new Promise<WinnerAnalysis>((resolve, reject) => {
    const fail = (error: Error) => {
      settled = true;
      failed = true;
      if (busy === worker) busy = undefined;
      worker?.terminate();
      noteLoadFailure(error);
      reject(error);
    };
    if (failed) {
      reject(new Error('The How firm worker failed earlier in this page'));
      return;
    }
    try {
      worker = idle ?? createWorker();
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    idle = undefined;
    const own = worker;
    busy = own;
    own.onmessage = (event: MessageEvent<AnalysisAnswer>) => {
      if (settled || event.data.job !== job) return;
      let answer: WinnerAnalysis;
      try {
        answer = analysisOf(event.data, routes);
      } catch (error) {
        // The worker threw, or answered for other routes: it is not asked again in this page.
        fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      settled = true;
      if (busy === own) busy = undefined;
      if (idle) own.terminate();
      else idle = own;
      resolve(answer);
    };
    own.onerror = (event) => fail(workerFailure(event, 'the How firm worker'));
    own.postMessage({ job, routes: packRoutes(routes, criteria), weights } satisfies AnalysisRequest);
  });
  return {
    analysis,
    cancel() {
      if (settled) return;
      settled = true;
      if (busy === worker) busy = undefined;
      worker?.terminate();
    },
  };
}
