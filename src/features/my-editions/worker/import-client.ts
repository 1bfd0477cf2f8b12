import type { ImportContext, ImportResult } from '../model/import-routes';
import type { MyRoutesRecord } from '../model/my-routes';
import type { ImportOutcome, LoadOutcome } from './import-job';

/** A message to the import worker. */
export type WorkerRequest =
  | { readonly type: 'import'; readonly file: File; readonly context: ImportContext; readonly criteriaFixed: boolean }
  | { readonly type: 'commit' }
  | { readonly type: 'load' }
  | { readonly type: 'remove'; readonly routeIds: readonly string[] | 'all' };

/**
 * A message from the import worker. Routes cross as JSON text: for hundreds of thousands of routes
 * one `JSON.parse` on the page costs far less than structured-clone decoding of the same objects.
 */
export type WorkerResponse =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'imported'; readonly outcome: ImportOutcome }
  | { readonly type: 'committed'; readonly resultJson: string }
  | { readonly type: 'stored'; readonly saveError?: string }
  | { readonly type: 'loaded'; readonly outcome: Exclude<LoadOutcome, { kind: 'loaded' }> }
  | { readonly type: 'loadedJson'; readonly recordJson: string }
  | { readonly type: 'removed'; readonly saveError?: string };

/**
 * Adding an import's routes: the routes for the page at once, and, once they are stored, why
 * storing failed, if it did (storing a large import takes a few seconds in the worker).
 */
export interface CommitOutcome {
  readonly result: ImportResult;
  readonly stored: Promise<{ readonly saveError?: string | undefined }>;
}

/** A running import: its outcome (`undefined` once cancelled), a way to stop it, and to add what it read. */
export interface ImportJob {
  readonly outcome: Promise<ImportOutcome | undefined>;
  /** Stops the work at once (the worker is terminated); `outcome` resolves to `undefined`. */
  cancel(): void;
  /** Adds the valid routes to the stored "My routes" (in the worker) and hands them to the page. */
  commit(): Promise<CommitOutcome>;
}

function createWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'route-atlas-import' });
  } catch {
    return undefined;
  }
}

// Changes to the stored routes run one after another: each reads what the previous one wrote.
let storeQueue: Promise<unknown> = Promise.resolve();
function queued<T>(job: () => Promise<T>): Promise<T> {
  const next = storeQueue.then(job, job);
  storeQueue = next.catch(() => undefined);
  return next;
}

/** Sends one request to a fresh worker and resolves with the first response `pick` accepts. */
function ask<T>(
  request: WorkerRequest,
  pick: (message: WorkerResponse) => T | undefined,
  fallback: (error: string) => T,
) {
  const worker = createWorker();
  if (!worker) return undefined;
  return new Promise<T>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const value = pick(event.data);
      if (value === undefined) return;
      worker.terminate();
      resolve(value);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve(fallback(event.message || 'worker error'));
    };
    worker.postMessage(request);
  });
}

/**
 * Imports `file` in a web worker, so the page keeps answering while a large file parses;
 * `onProgress` gets the share parsed (0–1). The worker keeps what it read until `commit` or
 * `cancel`. Where workers are unavailable (tests, old browsers) the same job runs on the page.
 */
export function startImport(
  file: File,
  context: ImportContext,
  criteriaFixed: boolean,
  onProgress: (fraction: number) => void,
): ImportJob {
  const worker = createWorker();
  if (!worker) {
    let cancelled = false;
    const running = import('./import-job').then((job) => job.runImportJob(file, context, criteriaFixed, onProgress));
    return {
      outcome: running.then(({ outcome }) => (cancelled ? undefined : outcome)),
      cancel: () => {
        cancelled = true;
      },
      commit: async () => {
        const [{ result }, job] = await Promise.all([running, import('./import-job')]);
        if (!result) throw new Error('nothing to import');
        return { result, stored: queued(() => job.runCommitJob(result)) };
      },
    };
  }
  let settle: (outcome: ImportOutcome | undefined) => void = () => undefined;
  let committed: (outcome: CommitOutcome) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  let stored: (outcome: { saveError?: string }) => void = () => undefined;
  const outcome = new Promise<ImportOutcome | undefined>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    if (message.type === 'imported') {
      settle(message.outcome);
      if (message.outcome.kind !== 'done') worker.terminate();
    }
    if (message.type === 'committed') {
      committed({
        result: JSON.parse(message.resultJson) as ImportResult,
        stored: queued(
          () =>
            new Promise<{ saveError?: string }>((resolve) => {
              stored = resolve;
            }),
        ),
      });
    }
    if (message.type === 'stored') {
      worker.terminate();
      stored(message.saveError === undefined ? {} : { saveError: message.saveError });
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    const message = event.message || 'worker error';
    settle({ kind: 'failed', fileName: file.name, message });
    failed(new Error(message));
    stored({ saveError: message });
  };
  worker.postMessage({ type: 'import', file, context, criteriaFixed } satisfies WorkerRequest);
  return {
    outcome,
    cancel: () => {
      worker.terminate();
      settle(undefined);
    },
    commit: () =>
      new Promise<CommitOutcome>((resolve, reject) => {
        committed = resolve;
        failed = reject;
        worker.postMessage({ type: 'commit' } satisfies WorkerRequest);
      }),
  };
}

/**
 * Reads the stored "My routes" and checks it off the page's thread (a stored import can hold
 * hundreds of thousands of routes); on the page where workers are unavailable.
 */
export function loadMyRoutes(): Promise<LoadOutcome> {
  const asked = ask<LoadOutcome>(
    { type: 'load' },
    (message) =>
      message.type === 'loadedJson'
        ? { kind: 'loaded', record: JSON.parse(message.recordJson) as MyRoutesRecord }
        : message.type === 'loaded'
          ? message.outcome
          : undefined,
    (message) => ({ kind: 'failed', message }),
  );
  return asked ?? import('./import-job').then((job) => job.runLoadJob());
}

/** Removes routes (`'all'`: every one) from the stored "My routes"; resolves with why it failed, if it did. */
export function removeStoredRoutes(routeIds: readonly string[] | 'all'): Promise<{ readonly saveError?: string }> {
  return queued(
    () =>
      ask<{ saveError?: string }>(
        { type: 'remove', routeIds },
        (message) =>
          message.type === 'removed' ? { ...(message.saveError ? { saveError: message.saveError } : {}) } : undefined,
        (message) => ({ saveError: message }),
      ) ?? import('./import-job').then((job) => job.runRemoveJob(routeIds)),
  );
}
