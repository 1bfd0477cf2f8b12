import { runImportJob, runLoadJob } from './import-job';
import type { WorkerRequest, WorkerResponse } from './import-client';

// The worker's global scope, typed by what this file uses (the DOM and WebWorker libs clash in one program).
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

/** Progress is posted at most this often (ms): enough for a smooth bar, few enough messages. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    void runLoadJob().then((outcome) => post({ type: 'loaded', outcome }));
    return;
  }
  let last = 0;
  void runImportJob(request.file, request.context, request.criteriaFixed, (fraction) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;
    last = now;
    post({ type: 'progress', fraction });
  }).then((outcome) => post({ type: 'imported', outcome }));
};
