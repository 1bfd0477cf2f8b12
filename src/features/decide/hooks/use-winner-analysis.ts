import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { ranksByTrend } from '../model/decide';
import { analyseWinner, type WinnerAnalysis } from '../model/analysis';
import { analyseInWorker, analysisWorkerAvailable, warmAnalysisWorker } from '../worker/analysis-client';

/**
 * From this many scores (routes × criteria: 50 routes on three criteria) "How firm" runs in a
 * worker. Its simulation draws up to 12 million scores: under Node, 50 routes of inferred scores
 * took 28–96 ms and 200 routes of guesses 130–170 ms, while the article's three routes of a trend
 * take a few ms, and show with the ranking, with no round trip to a worker.
 */
export const WORKER_FROM_SCORES = 150;

/** What the view shows of the analysis. */
export interface WinnerAnalysisState {
  /**
   * The latest analysis worked out: for these routes, or, while it catches up after a weight
   * moved, for the same routes under the weights before. `undefined` before the first one, and
   * while the routes themselves changed and the worker works on them.
   */
  readonly analysis: WinnerAnalysis | undefined;
  /** True when `analysis` is for these routes and weights. */
  readonly current: boolean;
  /** True while the worker works on routes it has given nothing for yet (`analysis` is `undefined`). */
  readonly pending: boolean;
}

interface Answer {
  readonly routes: readonly Route[];
  readonly weights: Weights;
  readonly analysis: WinnerAnalysis;
}

// The worker's last answer per routes array, kept while the array lives: leaving Decide and coming
// back to the same routes shows the figures at once instead of asking the worker again.
const answers = new WeakMap<readonly Route[], Answer>();

/**
 * "How firm" and the weight intervals of `routes` (of `edition`) under `weights`, worked out after
 * the ranking has painted: on the page in a render of its own (`useDeferredValue`) for a few dozen
 * routes, in a worker beyond ({@link WORKER_FROM_SCORES}), so a key or a click never waits for it.
 * Where the worker cannot run, or fails, it runs on the page. Routes of several trends, which are
 * ranked trend by trend (`ranksByTrend`), get none. `routes` and `weights` should keep their
 * identity while their content stays: each new one is analysed anew.
 */
export function useWinnerAnalysis(
  edition: Pick<Edition, 'kind' | 'criteria'>,
  routes: readonly Route[],
  weights: Weights,
): WinnerAnalysisState {
  const { criteria } = edition;
  const [workerFailed, setWorkerFailed] = useState(false);
  const inWorker =
    !ranksByTrend(edition, routes) &&
    !workerFailed &&
    routes.length * criteria.length >= WORKER_FROM_SCORES &&
    analysisWorkerAvailable();
  // The worker's script loads while this render ranks the routes, not after (an idle worker is kept:
  // calling this again does nothing).
  if (inWorker) warmAnalysisWorker();

  const pageRoutes = useDeferredValue(routes);
  const pageWeights = useDeferredValue(weights);
  const onPage = useMemo<Answer | undefined>(
    () =>
      !inWorker && !ranksByTrend(edition, pageRoutes)
        ? { routes: pageRoutes, weights: pageWeights, analysis: analyseWinner(pageRoutes, criteria, pageWeights) }
        : undefined,
    [inWorker, edition, pageRoutes, criteria, pageWeights],
  );

  // The worker's answers are read from `answers`; this state only renders again when one comes.
  const [, setLastAnswer] = useState<Answer>();
  useEffect(() => {
    if (!inWorker || answers.get(routes)?.weights === weights) return undefined;
    const job = analyseInWorker(routes, criteria, weights);
    let live = true;
    job.analysis.then(
      (analysis) => {
        const answer = { routes, weights, analysis };
        answers.set(routes, answer);
        if (live) setLastAnswer(answer);
      },
      () => {
        // Said once, by the client; the page works it out from now on.
        if (live) setWorkerFailed(true);
      },
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [inWorker, routes, criteria, weights]);

  // The worker's answer for other routes is not shown: it would name routes the ranking no longer
  // has. (On the page the deferred render comes at once, so its figures are shown until then.)
  const shown = inWorker ? answers.get(routes) : onPage;
  return {
    analysis: shown?.analysis,
    current: shown !== undefined && shown.routes === routes && shown.weights === weights,
    pending: inWorker && shown === undefined,
  };
}
