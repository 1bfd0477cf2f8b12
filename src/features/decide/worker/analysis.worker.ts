import { analyseWinner } from '../model/analysis';
import {
  answerOf,
  unpackRoutes,
  type AnalysisAnswer,
  type AnalysisRequest,
  type WorkerReady,
} from './analysis-message';

/**
 * Works out "How firm" and the weight intervals off the page (`analysis-client.ts`): over 100 000
 * routes they take from half a second to more than a second, which on the page held every key and
 * click for as long.
 */

// The worker's global scope, typed by what this file uses (the DOM and WebWorker libs clash in one program).
const scope = self as unknown as {
  postMessage(message: AnalysisAnswer | WorkerReady, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
};

scope.onmessage = ({ data: { job, routes: packed, weights } }) => {
  try {
    const routes = unpackRoutes(packed);
    const criteria = packed.criterionIds.map((id) => ({ id }));
    const answer = answerOf(job, analyseWinner(routes, criteria, weights), routes);
    // The share arrays were made for this message: moved, not copied.
    const transfer = 'error' in answer ? [] : [answer.shareRoutes.buffer, answer.shareValues.buffer];
    scope.postMessage(answer, transfer);
  } catch (error) {
    scope.postMessage({ job, error: error instanceof Error ? error.message : String(error) }, []);
  }
};

// The page gives up on a worker that has not said this within a few seconds (a script that never
// arrives fires no error).
scope.postMessage({ ready: true }, []);
