import { useSyncExternalStore } from 'react';

/**
 * Code that loads on demand (the charts, Compare, Decide, the import dialog and its worker, the
 * exports, pinyin) can fail to load for two reasons the reader handles differently: the network
 * failed (**Try again** fetches it anew), or a new version was deployed while the page was open,
 * so the old chunk names are gone from the server (only a reload helps). This module tells the
 * two apart and holds the answer for the update notice.
 */

// The messages browsers give a failed `import()` or module worker (Chromium, Firefox, Safari) and
// Vite's preload helper for a lazy chunk's stylesheet.
const LOAD_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to load module script/i;

/**
 * The error for a worker that stopped before it answered (its `error` event): its script did not
 * load, or it threw. `name` says which worker ("the import worker") in a failed load's message.
 */
export function workerFailure(event: Event, name: string): Error {
  const message = event instanceof ErrorEvent && event.message ? event.message : '';
  // A script that did not load gives a bare error event, with no message: said as a failed load.
  return new Error(message || `Failed to load module script: ${name}`);
}

/** True when `error` says a chunk of code (or its stylesheet) could not be fetched, not that the code failed. */
export function isLoadFailure(error: unknown): boolean {
  if (error instanceof Error) return LOAD_FAILURE.test(error.message) || LOAD_FAILURE.test(error.name);
  return typeof error === 'string' && LOAD_FAILURE.test(error);
}

/**
 * React's `onCaughtError` for the page's roots. React logs every error a boundary catches as a
 * console error. A chunk the network did not deliver is no bug: its boundary says so on the page
 * ("could not load", Try again) and logs it as information; every other error is logged as React
 * would.
 */
export function onCaughtError(error: unknown, info: { readonly componentStack?: string | undefined }): void {
  if (isLoadFailure(error)) return;
  console.error(error, info.componentStack ?? '');
}

let deployed = false;
const listeners = new Set<() => void>();
let checking: Promise<boolean> | undefined;

function setDeployed(): void {
  if (deployed) return;
  deployed = true;
  for (const listener of listeners) listener();
}

/** The page's entry script as the HTML names it (`./assets/index-abc123.js`), or `undefined`. */
export function entryScriptOf(html: string): string | undefined {
  return /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
}

/**
 * Asks the server for this page's HTML and compares its entry script with the one running: a new
 * version's build names another file. Resolves `true` when they differ (the update notice then
 * offers the reload), `false` when they match or the server cannot be asked (offline: then the
 * network is at fault, and **Try again** is the answer). Never rejects. Concurrent calls share one
 * request.
 */
export function checkForNewVersion(): Promise<boolean> {
  if (deployed) return Promise.resolve(true);
  checking ??= (async () => {
    try {
      const running = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src');
      if (!running) return false;
      // A query of its own: the service worker's precache answers the page's own URL with the
      // cached (old) page, and the HTTP cache might too.
      const url = new URL(window.location.href);
      url.search = `?version-check=${Date.now()}`;
      url.hash = '';
      const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
      if (!response.ok) return false;
      const served = entryScriptOf(await response.text());
      if (served === undefined || served === running) return false;
      setDeployed();
      return true;
    } catch {
      return false;
    } finally {
      checking = undefined;
    }
  })();
  return checking;
}

/**
 * Notes that some code could not be loaded: when `error` is a load failure (see
 * {@link isLoadFailure}) it checks whether a new version is deployed. Call it wherever a lazy
 * load fails; it never throws.
 */
export function noteLoadFailure(error: unknown): void {
  if (isLoadFailure(error)) void checkForNewVersion();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a failed load turned out to be a new version on the server: the page should be reloaded. */
export function useNewVersionDeployed(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => deployed,
    () => false,
  );
}
