import type { Edition, Route } from '../../../domain/edition/schema';
import { pinyinKeys } from './pinyin';
import { routeSearchKeys, type RouteSearchKeys } from './search';

// The search keys cover both languages, so a language switch reuses them instead of rebuilding
// them. Keyed by the parsed route object, which is never mutated. Pinyin arrives later (it loads on
// demand) and is kept apart, so adding it does not rebuild the rest.
const searchKeys = new WeakMap<Route, RouteSearchKeys>();
const pinyinTexts = new WeakMap<Route, string>();

/** The route's search keys, built on first call and kept. */
export function searchKeysOf(route: Route, edition: Edition): RouteSearchKeys {
  let keys = searchKeys.get(route);
  if (keys === undefined) {
    keys = routeSearchKeys(route, edition);
    searchKeys.set(route, keys);
  }
  return keys;
}

/** The pinyin of the route's Chinese names, empty until pinyin-pro has loaded; kept once built. */
function pinyinTextOf(route: Route): string {
  let text = pinyinTexts.get(route);
  if (text === undefined) {
    text = pinyinKeys([
      route.name.zh,
      ...(route.fullName ? [route.fullName.zh] : []),
      ...route.aliases.map((alias) => alias.zh),
    ]);
    // Cached only once pinyin-pro has loaded; before that the text is '' and asked for again later.
    if (text !== '') pinyinTexts.set(route, text);
  }
  return text;
}

/**
 * Runs `step` for each index below `count` in slices of at most ~8 ms, each in its own task, so
 * the page stays responsive; calls `onDone` after the last. Returns a function that stops the work.
 */
function inSlices(count: number, step: (index: number) => void, onDone?: () => void): () => void {
  let next = 0;
  let stopped = false;
  // Each slice posts the next as a message, not a timer: a chain of timers waits at least 4 ms
  // between slices, which left a third of the time idle while a search waited for the keys (React's
  // scheduler yields the same way).
  const channel = new MessageChannel();
  const stop = () => {
    stopped = true;
    channel.port1.close();
  };
  channel.port1.onmessage = () => {
    if (stopped) return;
    const until = performance.now() + 8;
    for (; next < count && performance.now() < until; next += 1) step(next);
    if (next < count) channel.port2.postMessage(null);
    else {
      stop();
      onDone?.();
    }
  };
  channel.port2.postMessage(null);
  return stop;
}

// Routes arrays whose every route has its search keys built (see `warmSearchKeys`).
const searchKeysBuilt = new WeakSet<readonly Route[]>();

const searchKeysListeners = new Set<() => void>();

/** True once every route of the edition has its search keys built by {@link warmSearchKeys}. */
export function searchKeysReady(edition: Edition): boolean {
  return searchKeysBuilt.has(edition.routes);
}

/**
 * Calls `listener` each time {@link warmSearchKeys} has built every search key of an edition, or
 * {@link warmPinyinKeys} every pinyin key (for `useSyncExternalStore`, with {@link searchKeysReady}
 * and {@link pinyinKeysReady}). Returns a function that unsubscribes.
 */
export function subscribeSearchKeys(listener: () => void): () => void {
  searchKeysListeners.add(listener);
  return () => searchKeysListeners.delete(listener);
}

/**
 * Builds the search keys of the edition's routes in slices of at most ~8 ms, each a task of its own,
 * so the first search on a large edition finds them ready without the edition paying for them when
 * it opens; then {@link searchKeysReady} is true for it, and the subscribers are told. Returns a
 * function that stops the work (call it when the edition changes).
 */
export function warmSearchKeys(edition: Edition): () => void {
  const { routes } = edition;
  return inSlices(
    routes.length,
    (index) => {
      const route = routes[index];
      if (route) searchKeysOf(route, edition);
    },
    () => {
      searchKeysBuilt.add(routes);
      for (const listener of searchKeysListeners) listener();
    },
  );
}

// Routes arrays whose every Chinese name has its pinyin keys built (see `warmPinyinKeys`).
const pinyinKeysBuilt = new WeakSet<readonly Route[]>();
let pinyinKeysGenerationCount = 0;

/**
 * True once {@link warmPinyinKeys} has built the pinyin keys of every route of the edition: until
 * then its rows read no pinyin (`pinyinTextFor`), so a search matches by the same keys in every row.
 */
export function pinyinKeysReady(edition: Edition): boolean {
  return pinyinKeysBuilt.has(edition.routes);
}

/**
 * A count that grows each time an edition's pinyin keys are all built (from 0): a search made
 * before then matched no row by pinyin, so what it missed says nothing about the next search.
 */
export function pinyinKeysGeneration(): number {
  return pinyinKeysGenerationCount;
}

/**
 * The pinyin a search reads for `route` of `edition`: its keys once every route of the edition has
 * them ({@link pinyinKeysReady}), `undefined` before (read as no pinyin). Rows ask for it on a
 * search and keep it once given, so pinyin arriving changes no row and rebuilds none (rebuilding
 * 200 000 rows for it was a task of 0.3–0.8 s).
 */
export function pinyinTextFor(route: Route, edition: Edition): string | undefined {
  return pinyinKeysBuilt.has(edition.routes) ? pinyinTextOf(route) : undefined;
}

/**
 * Builds the pinyin keys of the edition's Chinese names in slices of at most ~8 ms, once pinyin-pro
 * has loaded, where building them in one go took seconds at 100 000 routes; then
 * {@link pinyinKeysReady} is true for the edition, the subscribers of {@link subscribeSearchKeys}
 * are told, and `onDone` is called. Returns a function that stops the work.
 */
export function warmPinyinKeys(edition: Edition, onDone?: () => void): () => void {
  const { routes } = edition;
  return inSlices(
    routes.length,
    (index) => {
      const route = routes[index];
      if (route) pinyinTextOf(route);
    },
    () => {
      pinyinKeysBuilt.add(routes);
      pinyinKeysGenerationCount += 1;
      for (const listener of searchKeysListeners) listener();
      onDone?.();
    },
  );
}
