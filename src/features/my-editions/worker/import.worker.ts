import type { ImportResult } from '../model/import-types';
import type { MyRoutesRecord } from '../model/my-routes';
import { runCommitJob, runImportJob, runLoadJob, runRemoveJob, runSaveJob } from './import-job';
import type { WorkerRequest, WorkerResponse } from './import-client';
import { ROUTES_PER_PART } from './hand-over';
import type { Route } from '../../../domain/edition/schema';

// The worker's global scope, typed by what this file uses (the DOM and WebWorker libs clash in one program).
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

/** Progress is posted at most this often (ms): enough for a smooth bar, few enough messages. */
const PROGRESS_INTERVAL_MS = 100;

/** What the last import read, kept here until the page asks to add it. */
let pending: ImportResult | undefined;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

/**
 * Hands `routes` to the page in parts of {@link ROUTES_PER_PART} (`routes` messages), then posts
 * `end` with the rest of the value, whose routes are the empty list: the page puts them back.
 */
function postInParts(routes: readonly Route[], end: (withoutRoutes: Route[]) => WorkerResponse): void {
  for (let start = 0; start < routes.length; start += ROUTES_PER_PART)
    post({ type: 'routes', routesJson: JSON.stringify(routes.slice(start, start + ROUTES_PER_PART)) });
  post(end([]));
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'import': {
      let last = 0;
      const { outcome, result } = await runImportJob(
        request.file,
        request.context,
        request.criteriaFixed,
        (fraction) => {
          const now = performance.now();
          if (now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;
          last = now;
          post({ type: 'progress', fraction });
        },
      );
      pending = result;
      post({ type: 'imported', outcome });
      return;
    }
    case 'commit': {
      if (!pending) throw new Error('nothing to import');
      // The page shows the routes first; storing a large import takes a few seconds more.
      const result = pending;
      postInParts(result.routes, (routes) => ({
        type: 'committed',
        resultJson: JSON.stringify({ ...result, routes }),
      }));
      post({ type: 'stored', change: await runCommitJob(pending) });
      pending = undefined;
      return;
    }
    case 'load': {
      const outcome = await runLoadJob();
      if (outcome.kind !== 'loaded') post({ type: 'loaded', outcome });
      else {
        const { record } = outcome;
        postInParts(record.routes, (routes) => ({
          type: 'loadedJson',
          recordJson: JSON.stringify({ ...record, routes }),
        }));
      }
      return;
    }
    case 'remove': {
      post({ type: 'removed', change: await runRemoveJob(request.routeIds) });
      return;
    }
    case 'save': {
      post({ type: 'saved', write: await runSaveJob(JSON.parse(request.recordJson) as MyRoutesRecord) });
      return;
    }
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data).catch((error: unknown) => {
    // Surfaces as the worker's error event on the page, which reports it.
    setTimeout(() => {
      throw error;
    });
  });
};
