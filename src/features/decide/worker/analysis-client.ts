import type { Criterion, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { noteLoadFailure, workerFailure } from '../../../lib/load-failure';
import type { WinnerAnalysis } from '../model/analysis';
import {
  analysisOf,
  packRoutes,
  type AnalysisAnswer,
  type AnalysisRequest,
  type WorkerReady,
} from './analysis-message';

/**
 * The page's side of the worker that works out "How firm" (`analysis.worker.ts`). One job runs at a
 * time: a newer request stops the worker of the one it replaces (a worker cannot be interrupted
 * mid-analysis, and its answer would be for routes or weights no longer shown). A worker that
 * answered is kept for the next request: starting one costs tens of milliseconds.
 */

/**
 * A worker that has not said it is ready after this long (ms) is given up, and the page works the
 * figures out itself: a script request that never ends, or a script that never runs, fires no
 * error. Its script is about 10 kB; 8 s covers a slow phone network.
 */
export const WORKER_LOAD_TIMEOUT_MS = 8000;

/** A job given to a worker and not yet answered. */
interface Job {
  readonly id: number;
  readonly routes: readonly Route[];
  readonly resolve: (analysis: WinnerAnalysis) => void;
  readonly reject: (error: Error) => void;
}

/** A worker, its job, and the timer that gives it up if its script does not run. */
interface Hand {
  readonly worker: Worker;
  job: Job | undefined;
  loading: ReturnType<typeof setTimeout> | undefined;
}

let idle: Hand | undefined;
let busy: Hand | undefined;
let failed = false;
let jobs = 0;

/**
 * False where workers are unavailable (tests, old browsers) or the worker failed once in this page
 * (its script did not load or did not start in time, or it threw): the analysis then runs on the page.
 */
export function analysisWorkerAvailable(): boolean {
  return !failed && typeof Worker !== 'undefined';
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** Stops `hand` for good in this page, and fails its job with `error`. */
function giveUp(hand: Hand, error: Error): void {
  failed = true;
  clearTimeout(hand.loading);
  hand.worker.terminate();
  if (idle === hand) idle = undefined;
  if (busy === hand) busy = undefined;
  noteLoadFailure(error);
  const { job } = hand;
  hand.job = undefined;
  job?.reject(error);
}

/** Starts a worker; throws where one cannot be made (a Content Security Policy, a missing API). */
function startWorker(): Hand {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'route-atlas-how-firm',
  });
  const hand: Hand = { worker, job: undefined, loading: undefined };
  hand.loading = setTimeout(
    () => giveUp(hand, new Error('Failed to load module script: the How firm worker did not start')),
    WORKER_LOAD_TIMEOUT_MS,
  );
  worker.onmessage = (event: MessageEvent<AnalysisAnswer | WorkerReady>) => {
    const { data } = event;
    if ('ready' in data) {
      clearTimeout(hand.loading);
      return;
    }
    const { job } = hand;
    if (!job || data.job !== job.id) return;
    let analysis: WinnerAnalysis;
    try {
      analysis = analysisOf(data, job.routes);
    } catch (error) {
      // The worker threw, or answered for other routes: it is not asked again in this page.
      giveUp(hand, asError(error));
      return;
    }
    hand.job = undefined;
    if (busy === hand) busy = undefined;
    if (idle) worker.terminate();
    else idle = hand;
    job.resolve(analysis);
  };
  worker.onerror = (event) => {
    clearTimeout(hand.loading);
    giveUp(hand, workerFailure(event, 'the How firm worker'));
  };
  return hand;
}

/**
 * Starts a worker for the next {@link analyseInWorker}, if none is idle or at work, so that its
 * script loads and compiles while the page ranks the routes. Idempotent; does nothing where workers
 * are unavailable.
 */
export function warmAnalysisWorker(): void {
  if (idle || busy || !analysisWorkerAvailable()) return;
  try {
    idle = startWorker();
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
  const id = (jobs += 1);
  let hand: Hand | undefined;
  const analysis = new Promise<WinnerAnalysis>((resolve, reject) => {
    if (failed) {
      reject(new Error('The How firm worker failed earlier in this page'));
      return;
    }
    try {
      hand = idle ?? startWorker();
    } catch (error) {
      failed = true;
      reject(asError(error));
      return;
    }
    idle = undefined;
    busy = hand;
    hand.job = { id, routes, resolve, reject };
    hand.worker.postMessage({ job: id, routes: packRoutes(routes, criteria), weights } satisfies AnalysisRequest);
  });
  return {
    analysis,
    cancel() {
      if (!hand || hand.job?.id !== id) return;
      hand.job = undefined;
      // Stopped on purpose: not a worker that failed to start.
      clearTimeout(hand.loading);
      hand.worker.terminate();
      if (busy === hand) busy = undefined;
    },
  };
}
