import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DataIssue } from '../../../domain/edition/issues';
import type { Edition } from '../../../domain/edition/schema';
import { addImported, myRoutesEdition, removeRoutes, type MyRoutesRecord } from '../model/my-routes';
import { myRoutesTexts } from '../bilingual-texts';
import { loadMyRoutes, removeStoredRoutes, type CommitOutcome } from '../worker/import-client';
import { clearMyRoutes, hasStoredRoutes } from '../store/my-routes-store';

/** Why "My routes" is not as stored: the stored record failed its check, or the browser refused to store. */
export type MyRoutesProblem =
  | { readonly kind: 'corrupt'; readonly issues: readonly DataIssue[] }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'notSaved'; readonly message: string };

/** "My routes" as the page holds it (see {@link useMyRoutes}). */
export interface MyRoutesApi {
  /** The edition, once loaded and when it holds at least one route. */
  readonly edition: Edition | undefined;
  readonly record: MyRoutesRecord | undefined;
  /** True while the stored routes are being read and checked. */
  readonly loading: boolean;
  /** True once the stored routes have been looked for (found, missing or unreadable). */
  readonly settled: boolean;
  readonly problem: MyRoutesProblem | undefined;
  readonly dismissProblem: () => void;
  /**
   * Shows an import's routes after the ones held (the import worker has stored them, or says why
   * it could not); waits for the stored routes to be read first.
   */
  readonly add: (committed: CommitOutcome) => Promise<void>;
  /**
   * Removes routes from the page at once and from storage after; resolves `true` once storage has
   * them removed, `false` when it refused (then `problem` says so).
   */
  readonly remove: (routeIds: ReadonlySet<string>) => Promise<boolean>;
  /** Removes every route, as {@link MyRoutesApi.remove} does. */
  readonly removeAll: () => Promise<boolean>;
}

/**
 * The "My routes" edition: read from IndexedDB on first use (and checked in a worker, as it can be
 * large), changed by imports and removals, each change stored at once. Stored data that fails its
 * check is deleted and reported; nothing else on the page depends on it.
 */
export function useMyRoutes(): MyRoutesApi {
  const [record, setRecordState] = useState<MyRoutesRecord | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [settled, setSettled] = useState(false);
  const [problem, setProblem] = useState<MyRoutesProblem | undefined>(undefined);
  // Changes build on the latest record, and an import waits for the stored routes to be read:
  // otherwise storing it would overwrite routes not loaded yet.
  const recordRef = useRef<MyRoutesRecord | undefined>(undefined);
  const loaded = useRef<Promise<void>>(Promise.resolve());
  const setRecord = useCallback((next: MyRoutesRecord | undefined) => {
    recordRef.current = next;
    setRecordState(next);
  }, []);

  useEffect(() => {
    let live = true;
    // A function, not the variable: the cleanup changes it while the reads are in flight.
    const isLive = () => live;
    loaded.current = hasStoredRoutes()
      .then(async (stored) => {
        if (!isLive()) return;
        if (!stored) {
          // Nothing changes on screen: let a prerendered page finish hydrating first (a
          // transition renders in slices; an ordinary update would hydrate it all at once).
          startTransition(() => setSettled(true));
          return;
        }
        setLoading(true);
        const outcome = await loadMyRoutes();
        if (!isLive()) return;
        setLoading(false);
        setSettled(true);
        if (outcome.kind === 'loaded') setRecord(outcome.record);
        if (outcome.kind === 'corrupt') {
          setProblem({ kind: 'corrupt', issues: outcome.issues });
          await clearMyRoutes();
        }
        if (outcome.kind === 'failed') setProblem({ kind: 'unreadable', message: outcome.message });
      })
      .catch((error: unknown) => {
        if (!isLive()) return;
        setLoading(false);
        setSettled(true);
        setProblem({ kind: 'unreadable', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [setRecord]);

  // True when stored: a confirmation is said only once the write is done, so a reload right after
  // it cannot bring back what the page said was removed.
  const reportSaveError = useCallback((saveError: string | undefined): boolean => {
    if (saveError === undefined) return true;
    setProblem({ kind: 'notSaved', message: saveError });
    return false;
  }, []);

  const add = useCallback(
    async ({ result, stored }: CommitOutcome) => {
      await loaded.current;
      setRecord(addImported(recordRef.current, result));
      void stored.then(({ saveError }) => reportSaveError(saveError));
    },
    [setRecord, reportSaveError],
  );
  // The page changes its copy at once; the worker changes the stored one (serialising a large
  // record would hold up the page).
  const remove = useCallback(
    (routeIds: ReadonlySet<string>) => {
      const current = recordRef.current;
      if (!current) return Promise.resolve(true);
      setRecord(removeRoutes(current, routeIds));
      return removeStoredRoutes([...routeIds]).then(({ saveError }) => reportSaveError(saveError));
    },
    [setRecord, reportSaveError],
  );
  const removeAll = useCallback(() => {
    setRecord(undefined);
    return removeStoredRoutes('all').then(({ saveError }) => reportSaveError(saveError));
  }, [setRecord, reportSaveError]);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  const edition = useMemo(() => (record ? myRoutesEdition(record, myRoutesTexts) : undefined), [record]);

  return { edition, record, loading, settled, problem, dismissProblem, add, remove, removeAll };
}
