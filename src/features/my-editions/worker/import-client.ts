import type { Route } from '../../../domain/edition/schema';
import type { ImportContext, ImportResult } from '../model/import-types';
import type { MyRoutesRecord } from '../model/my-routes';
import { noteLoadFailure, workerFailure } from '../../../lib/load-failure';
import { failedWrite, type WriteOutcome } from '../../../lib/storage/write-outcome';
import type { ImportOutcome, LoadOutcome, StoreChange } from './import-job';

/** A message to the import worker. */
export type WorkerRequest =
  | { readonly type: 'import'; readonly file: File; readonly context: ImportContext; readonly criteriaFixed: boolean }
  | { readonly type: 'commit' }
  | { readonly type: 'load' }
  | { readonly type: 'remove'; readonly routeIds: readonly string[] | 'all' }
  | { readonly type: 'save'; readonly recordJson: string };

/**
 * A message from the import worker. Routes cross as JSON text, in parts of at most
 * `ROUTES_PER_PART` (./hand-over), each part its own message (`routes`) before the message that ends the
 * hand-over (`committed`, `loadedJson`, whose own `routes` is empty): for hundreds of thousands of
 * routes `JSON.parse` on the page costs far less than structured-clone decoding of the same
 * objects, and each part is parsed in its own task, so the page keeps drawing between them (one
 * parse of 300 000 routes held it for 2.4 s).
 */
export type WorkerResponse =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'imported'; readonly outcome: ImportOutcome }
  | { readonly type: 'routes'; readonly routesJson: string }
  | { readonly type: 'committed'; readonly resultJson: string }
  | { readonly type: 'stored'; readonly change: StoreChange }
  | { readonly type: 'loaded'; readonly outcome: Exclude<LoadOutcome, { kind: 'loaded' }> }
  | { readonly type: 'loadedJson'; readonly recordJson: string }
  | { readonly type: 'removed'; readonly change: StoreChange }
  | { readonly type: 'saved'; readonly write: WriteOutcome };

/**
 * Adding an import's routes: the routes for the page at once, and, once storing is done (a large
 * import takes a few seconds in the worker), what became of it. `stored` never rejects.
 */
export interface CommitOutcome {
  readonly result: ImportResult;
  readonly stored: Promise<StoreChange>;
}

/**
 * Gathers the routes of a hand-over's `routes` parts, in order; `take` returns them all and starts
 * a new hand-over.
 */
function routeParts() {
  let routes: Route[] = [];
  return {
    add(routesJson: string) {
      for (const route of JSON.parse(routesJson) as Route[]) routes.push(route);
    },
    take(): Route[] {
      const all = routes;
      routes = [];
      return all;
    },
  };
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

/**
 * Sends one request to a fresh worker and resolves with the first response `pick` accepts. Where
 * workers are unavailable, or the worker fails (its code did not load, it crashed), the same job
 * runs on the page (`onPage`), so storage is still changed and read.
 */
function ask<T>(request: WorkerRequest, pick: (message: WorkerResponse) => T | undefined, onPage: () => Promise<T>) {
  const worker = createWorker();
  if (!worker) return onPage();
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const value = pick(event.data);
      if (value === undefined) return;
      worker.terminate();
      resolve(value);
    };
    worker.onerror = (event) => {
      worker.terminate();
      noteLoadFailure(workerFailure(event, 'the import worker'));
      onPage().then(resolve, reject);
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
      outcome: running.then(
        ({ outcome }) => (cancelled ? undefined : outcome),
        (error: unknown): ImportOutcome | undefined => {
          noteLoadFailure(error);
          const message = error instanceof Error ? error.message : String(error);
          return cancelled ? undefined : { kind: 'failed', fileName: file.name, message, codeMissing: true };
        },
      ),
      cancel: () => {
        cancelled = true;
      },
      commit: async () => {
        const [{ result }, job] = await Promise.all([running, import('./import-job')]);
        if (!result) throw new Error('nothing to import');
        return {
          result,
          stored: queued(() => job.runCommitJob(result)).catch((error: unknown): StoreChange => ({
            write: failedWrite(error),
            storedBefore: 0,
          })),
        };
      },
    };
  }
  let settle: (outcome: ImportOutcome | undefined) => void = () => undefined;
  let committed: (outcome: CommitOutcome) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  let stored: (change: StoreChange) => void = () => undefined;
  // Whether the worker has said anything: an error before that means its code did not load.
  let started = false;
  const outcome = new Promise<ImportOutcome | undefined>((resolve) => {
    settle = resolve;
  });
  const handedOver = routeParts();
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    started = true;
    if (message.type === 'progress') onProgress(message.fraction);
    if (message.type === 'routes') handedOver.add(message.routesJson);
    if (message.type === 'imported') {
      settle(message.outcome);
      if (message.outcome.kind !== 'done') worker.terminate();
    }
    if (message.type === 'committed') {
      committed({
        result: { ...(JSON.parse(message.resultJson) as ImportResult), routes: handedOver.take() },
        stored: queued(
          () =>
            new Promise<StoreChange>((resolve) => {
              stored = resolve;
            }),
        ),
      });
    }
    if (message.type === 'stored') {
      worker.terminate();
      stored(message.change);
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    const error = workerFailure(event, 'the import worker');
    if (!started) noteLoadFailure(error);
    settle({ kind: 'failed', fileName: file.name, message: error.message, codeMissing: !started });
    failed(error);
    stored({ write: failedWrite(error), storedBefore: 0 });
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
  const handedOver = routeParts();
  return ask<LoadOutcome>(
    { type: 'load' },
    (message) => {
      if (message.type === 'routes') handedOver.add(message.routesJson);
      if (message.type === 'loaded') return message.outcome;
      if (message.type !== 'loadedJson') return undefined;
      const record = JSON.parse(message.recordJson) as MyRoutesRecord;
      return { kind: 'loaded', record: { ...record, routes: handedOver.take() } };
    },
    () => import('./import-job').then((job) => job.runLoadJob()),
  );
}

/**
 * Removes routes (`'all'`: every one) from the stored "My routes"; resolves with what became of it.
 * Never rejects.
 */
export function removeStoredRoutes(routeIds: readonly string[] | 'all'): Promise<StoreChange> {
  return queued(() =>
    ask<StoreChange>(
      { type: 'remove', routeIds },
      (message) => (message.type === 'removed' ? message.change : undefined),
      () => import('./import-job').then((job) => job.runRemoveJob(routeIds)),
    ),
  ).catch((error: unknown): StoreChange => ({ write: failedWrite(error), storedBefore: 0 }));
}

/**
 * Stores `record` as the whole of "My routes" (the page's copy, when storage lost routes the page
 * shows). Serialised on the page: rare, and only after storage was cleared. Never rejects.
 */
export function saveStoredRoutes(record: MyRoutesRecord): Promise<WriteOutcome> {
  return queued(() =>
    ask<WriteOutcome>(
      { type: 'save', recordJson: JSON.stringify(record) },
      (message) => (message.type === 'saved' ? message.write : undefined),
      () => import('./import-job').then((job) => job.runSaveJob(record)),
    ),
  ).catch((error: unknown) => failedWrite(error));
}
