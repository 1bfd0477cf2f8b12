import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useShared } from '../../hooks/use-shared';
import { noteLoadFailure } from '../../lib/load-failure';
import type { Edition } from '../../domain/edition/schema';
import { LOCALE_TAGS, type Locale } from '../../domain/locale';
import type { Weights } from '../../domain/scoring';
import type { ViewState } from '../../domain/view-state';
import { loadPinyin } from '../../features/explore/model/pinyin';
import { queryRoutes, type QueryResult } from '../../features/explore/model/route-query';
import { pinyinQuery } from '../../features/explore/model/pinyin-query';
import { routeRowsFor, type RouteRow } from '../../features/explore/model/route-rows';
import {
  pinyinKeysReady,
  searchKeysReady,
  subscribeSearchKeys,
  warmPinyinKeys,
  warmSearchKeys,
} from '../../features/explore/model/search-keys';

/**
 * Up to this many routes, a sort, a facet or a range renders its rows in the same render as the
 * click. At 100 000 routes one render paints them sooner than a quick render of the pressed
 * control followed by a deferred one for the rows (`npm run bench`, paint, medians of three runs
 * each: the first sort 108 against 160 ms, a tag facet 61 against 76 ms). Past it, the query alone
 * takes longer than a long task, so the rows follow the click a moment behind, in a render React
 * can interrupt. Typing is deferred that way at any size (see {@link useExploreQuery}).
 */
export const QUERY_WITH_INPUT_UP_TO = 200_000;

/**
 * Up to this many routes, a search made before the search keys are built in slices builds
 * the rest itself (about 30 ms at this size). Past it, the search waits for them, with the rows
 * filtered by everything else meanwhile: at 100 000 routes, building them in the search's render
 * was a task of 0.7 s (1.4–2.2 s before the keys were made in one pass; `npm run bench`, paint).
 */
export const SEARCH_KEYS_AT_ONCE_UP_TO = 5_000;

/**
 * The edition's rows in the reading locale under the current weights, and what the view's
 * filters, search and sort make of them.
 *
 * Typing, a language switch and new weights paint at once (the typed letter, the new language's
 * labels, the moved slider), and the rows they change follow in a render React can interrupt. A
 * keystroke that rendered its rows with the letter took 68–88 ms to paint at 100 000 routes,
 * against 28 ms deferred (Event Timing medians, `tests/bench/interaction-bench.mjs --routes
 * 100000`), and a fast typist waited for every letter's rows. (Giving the text in a transition
 * instead lost letters: the address's state is also set, urgently, when nuqs writes the address,
 * and an older search came back over a newer one.) A cleared search is not typing: it renders its
 * rows with the input, as a click does. A sort, facet or range renders its rows with the click up
 * to `withInputUpTo` routes ({@link QUERY_WITH_INPUT_UP_TO} unless given), and follows it like
 * typing past that. Pinyin matching loads with the first Latin search; the search runs again once
 * the edition's pinyin keys are built (the rows stay the same); a Latin search that finds nothing
 * before them waits for them (`searchPending`).
 * Past `searchKeysAtOnceUpTo` routes ({@link SEARCH_KEYS_AT_ONCE_UP_TO} unless given), a search
 * made while the search keys are still being built waits for them too.
 */
export function useExploreQuery(
  edition: Edition,
  state: ViewState,
  weights: Weights,
  locale: Locale,
  {
    withInputUpTo = QUERY_WITH_INPUT_UP_TO,
    searchKeysAtOnceUpTo = SEARCH_KEYS_AT_ONCE_UP_TO,
  }: { readonly withInputUpTo?: number; readonly searchKeysAtOnceUpTo?: number } = {},
): {
  readonly rows: readonly RouteRow[];
  /** The rows as the view's filters and sort make them; while `searchPending`, without its search. */
  readonly result: QueryResult<RouteRow>;
  /**
   * The search typed waits for what it needs, still being built: a large edition's search keys,
   * or pinyin's for a Latin search that finds nothing without them. `result` leaves the search
   * out until they are.
   */
  readonly searchPending: boolean;
  /** Pinyin's code could not load: Latin input matches Chinese names by nothing but letters until `retryPinyin`. */
  readonly pinyinFailed: boolean;
  readonly retryPinyin: () => void;
} {
  // The rows of a newly shown edition are built anew whatever the weights and locale: they are
  // built under the current ones, not first under the last edition's weights (which showed their
  // overall scores for a moment, and missed the rows an import prepared under equal weights).
  const newEdition = useDeferredValue(edition) !== edition;
  const deferredLocale = useDeferredValue(locale);
  const deferredWeights = useDeferredValue(weights);
  const rowsLocale = newEdition ? locale : deferredLocale;
  const rowsWeights = newEdition ? weights : deferredWeights;
  const withInput = edition.routes.length <= withInputUpTo;
  // A constant while not in use, so the deferred value schedules no second render.
  const deferredState = useDeferredValue(withInput ? undefined : state);
  // A cleared search (Reset all, the search's chip or clear button, the last letter deleted) is
  // not deferred: it renders every row with the input, once, where deferring it first rendered
  // the old search's rows again under the other cleared filters, in full when fewer than 200.
  const deferredSearch = useDeferredValue(state.query);
  const searchText = state.query === '' ? '' : deferredSearch;
  // The decoded address is new on every change of it; the query runs again only when what it
  // reads has changed (a keystroke must not filter once more with the previous text).
  const filters = { trendIds: state.trendIds, tagIds: state.tagIds, ranges: state.ranges, sorting: state.sorting };
  const stableFilters = useShared(filters);
  const queryState = deferredState ?? { ...stableFilters, query: searchText };
  // Per edition: an edition opened after pinyin-pro loaded still needs its own keys built.
  const pinyinReady = useSyncExternalStore(
    subscribeSearchKeys,
    () => pinyinKeysReady(edition),
    () => false,
  );
  // Each attempt to load pinyin-pro: a failed one is said, and Try again makes the next.
  const [pinyinAttempt, setPinyinAttempt] = useState({ number: 0, failed: false });
  const wantsPinyin = !pinyinReady && pinyinQuery(state.query) !== '';
  // A failure belongs to the search it failed for: once that search is gone, the next Latin
  // search loads afresh and waits as the first did, rather than saying nothing matches.
  if (!wantsPinyin && pinyinAttempt.failed) setPinyinAttempt({ ...pinyinAttempt, failed: false });
  useEffect(() => {
    if (!wantsPinyin) return;
    let live = true;
    let stopWarming: (() => void) | undefined;
    void loadPinyin().then(
      () => {
        if (!live) return;
        // Loaded after all (another edition's search, or the network back): no failure to say.
        setPinyinAttempt((attempt) => (attempt.failed ? { ...attempt, failed: false } : attempt));
        // In slices: the search runs again, with pinyin, once they are all built.
        stopWarming = warmPinyinKeys(edition);
      },
      (error: unknown) => {
        noteLoadFailure(error);
        if (live) setPinyinAttempt((attempt) => ({ ...attempt, failed: true }));
      },
    );
    return () => {
      live = false;
      stopWarming?.();
    };
  }, [wantsPinyin, pinyinAttempt.number, edition]);
  const retryPinyin = useCallback(
    () => setPinyinAttempt((attempt) => ({ number: attempt.number + 1, failed: false })),
    [],
  );
  const rows = useMemo(() => routeRowsFor(edition, rowsLocale, rowsWeights), [edition, rowsLocale, rowsWeights]);
  // The search typed (said at once, in the count) and the search the rows answer (deferred).
  const typed = state.query.trim() !== '';
  const asked = queryState.query.trim() !== '';
  // Known from the store of built keys, so a reader who does not search renders nothing more
  // when the keys are done.
  const keysMissing = useSyncExternalStore(
    subscribeSearchKeys,
    () => (typed || asked) && edition.routes.length > searchKeysAtOnceUpTo && !searchKeysReady(edition),
    // A server render builds the keys as it searches.
    () => false,
  );
  useEffect(() => warmSearchKeys(edition), [edition]);
  const collator = useMemo(
    () => new Intl.Collator(LOCALE_TAGS[rowsLocale], { numeric: true, sensitivity: 'base' }),
    [rowsLocale],
  );
  const pinyinFailed = pinyinAttempt.failed;
  const { result, waitsForPinyin } = useMemo(() => {
    const query = (text: string) =>
      queryRoutes(
        rows,
        {
          trendIds: queryState.trendIds,
          tagIds: queryState.tagIds,
          ranges: queryState.ranges,
          query: text,
          sorting: queryState.sorting,
        },
        collator,
      );
    if (keysMissing && asked) return { result: query(''), waitsForPinyin: false };
    const searched = query(queryState.query);
    // Until pinyin's keys are built, a Latin search matches Chinese names by letters only: one that
    // finds nothing then waits for them too, rather than saying for a moment that nothing matches.
    // Their arrival runs the search again (it reads `pinyinReady`), over the same rows.
    const waits = !pinyinReady && !pinyinFailed && searched.rows.length === 0 && pinyinQuery(queryState.query) !== '';
    return { result: waits ? query('') : searched, waitsForPinyin: waits };
  }, [
    rows,
    queryState.trendIds,
    queryState.tagIds,
    queryState.ranges,
    queryState.query,
    queryState.sorting,
    collator,
    keysMissing,
    asked,
    pinyinReady,
    pinyinFailed,
  ]);
  const searchPending = (keysMissing && typed) || waitsForPinyin;
  return { rows, result, searchPending, pinyinFailed: wantsPinyin && pinyinFailed, retryPinyin };
}
