import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { noteLoadFailure } from '../../lib/load-failure';
import type { Edition } from '../../domain/edition/schema';
import { LOCALE_TAGS, type Locale } from '../../domain/locale';
import type { Weights } from '../../domain/scoring';
import type { ViewState } from '../../domain/view-state';
import { isPinyinReady, loadPinyin } from '../../features/explore/model/pinyin';
import { pinyinQuery, queryRoutes, type QueryResult } from '../../features/explore/model/route-query';
import { buildRouteRows, warmPinyinKeys, warmSearchKeys, type RouteRow } from '../../features/explore/model/route-rows';

/**
 * The edition's rows in the reading locale under the current weights, and what the view's
 * filters, search and sort make of them.
 *
 * The rows and the query follow the view a moment behind the controls: a click or a keystroke
 * paints at once (the pressed button, the typed letter, the new language's labels), and a large
 * edition's rows are rebuilt and filtered in a render React can interrupt. Pinyin matching loads
 * with the first Latin search; the rows then rebuild with pinyin keys.
 */
export function useExploreQuery(
  edition: Edition,
  state: ViewState,
  weights: Weights,
  locale: Locale,
): {
  readonly rows: readonly RouteRow[];
  readonly result: QueryResult<RouteRow>;
  /** Pinyin's code could not load: Latin input matches Chinese names by nothing but letters until `retryPinyin`. */
  readonly pinyinFailed: boolean;
  readonly retryPinyin: () => void;
} {
  const rowsLocale = useDeferredValue(locale);
  const rowsWeights = useDeferredValue(weights);
  const queryState = useDeferredValue(state);
  const [pinyinReady, setPinyinReady] = useState(isPinyinReady);
  // Each attempt to load pinyin-pro: a failed one is said, and Try again makes the next.
  const [pinyinAttempt, setPinyinAttempt] = useState({ number: 0, failed: false });
  const wantsPinyin = !pinyinReady && pinyinQuery(state.query) !== '';
  useEffect(() => {
    if (!wantsPinyin) return;
    let live = true;
    let stopWarming: (() => void) | undefined;
    void loadPinyin().then(
      () => {
        // The keys are built in idle slices first: the rows then rebuild with pinyin in one cheap pass.
        if (live) stopWarming = warmPinyinKeys(edition, () => setPinyinReady(true));
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
  const rows = useMemo(
    () => buildRouteRows(edition, rowsLocale, rowsWeights, { withPinyin: pinyinReady }),
    [edition, rowsLocale, rowsWeights, pinyinReady],
  );
  useEffect(() => warmSearchKeys(edition), [edition]);
  const collator = useMemo(
    () => new Intl.Collator(LOCALE_TAGS[rowsLocale], { numeric: true, sensitivity: 'base' }),
    [rowsLocale],
  );
  const result = useMemo(
    () =>
      queryRoutes(
        rows,
        {
          trendIds: queryState.trendIds,
          tagIds: queryState.tagIds,
          ranges: queryState.ranges,
          query: queryState.query,
          sorting: queryState.sorting,
        },
        collator,
      ),
    [rows, queryState.trendIds, queryState.tagIds, queryState.ranges, queryState.query, queryState.sorting, collator],
  );
  return { rows, result, pinyinFailed: wantsPinyin && pinyinAttempt.failed, retryPinyin };
}
