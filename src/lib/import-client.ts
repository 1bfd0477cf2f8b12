import type { ImportContext } from '../domain/import-routes';
import type { ImportOutcome, LoadOutcome } from './import-job';

/** A message to the import worker. */
export type WorkerRequest =
  | { readonly type: 'import'; readonly file: File; readonly context: ImportContext; readonly criteriaFixed: boolean }
  | { readonly type: 'load' };

/** A message from the import worker. */
export type WorkerResponse =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'imported'; readonly outcome: ImportOutcome }
  | { readonly type: 'loaded'; readonly outcome: LoadOutcome };

/** A running import: its outcome (`undefined` once cancelled) and a way to stop it. */
export interface ImportJob {
  readonly promise: Promise<ImportOutcome | undefined>;
  /** Stops the work at once (the worker is terminated); the promise resolves to `undefined`. */
  cancel(): void;
}

function createWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'route-atlas-import' });
  } catch {
    return undefined;
  }
}

/**
 * Imports `file` in a web worker, so the page keeps answering while a large file parses;
 * `onProgress` gets the share parsed (0–1). Where workers are unavailable (tests, old browsers)
 * the same job runs on the page, loaded on demand.
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
    const promise = import('./import-job').then(async ({ runImportJob }) => {
      const outcome = await runImportJob(file, context, criteriaFixed, onProgress);
      return cancelled ? undefined : outcome;
    });
    return {
      promise,
      cancel: () => {
        cancelled = true;
      },
    };
  }
  let settle: (outcome: ImportOutcome | undefined) => void = () => undefined;
  const promise = new Promise<ImportOutcome | undefined>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    if (message.type === 'imported') {
      worker.terminate();
      settle(message.outcome);
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ kind: 'failed', fileName: file.name, message: event.message || 'worker error' });
  };
  worker.postMessage({ type: 'import', file, context, criteriaFixed } satisfies WorkerRequest);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle(undefined);
    },
  };
}

/**
 * Reads the stored "My routes" and checks it off the page's thread (a stored import can hold
 * hundreds of thousands of routes); on the page where workers are unavailable.
 */
export function loadMyRoutes(): Promise<LoadOutcome> {
  const worker = createWorker();
  if (!worker) return import('./import-job').then(({ runLoadJob }) => runLoadJob());
  return new Promise<LoadOutcome>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (event.data.type !== 'loaded') return;
      worker.terminate();
      resolve(event.data.outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ kind: 'failed', message: event.message || 'worker error' });
    };
    worker.postMessage({ type: 'load' } satisfies WorkerRequest);
  });
}
