import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DataIssue } from '../../../domain/edition/issues';
import type { Edition } from '../../../domain/edition/schema';
import {
  addImported,
  myRoutesEdition,
  removeRoutes,
  type MyRoutesRecord,
  type MyRoutesTexts,
} from '../model/my-routes';
import { loadMyRoutes, removeStoredRoutes, saveStoredRoutes, type CommitOutcome } from '../worker/import-client';
import type { StoreChange } from '../worker/import-job';
import { clearMyRoutes, hasStoredRoutes } from '../store/my-routes-store';
import {
  classifyStorageError,
  STORED,
  type StorageFailure,
  type WriteOutcome,
} from '../../../lib/storage/write-outcome';

/**
 * Why "My routes" is not as stored: the stored record failed its check; it could not be read; the
 * browser offers no storage at all (said once per visit); a change was shown but not stored
 * (`change`: an import of `count` routes, or a removal); or storage had lost routes the page
 * still showed, and the page stored its `count` routes again.
 */
export type MyRoutesProblem =
  | { readonly kind: 'corrupt'; readonly issues: readonly DataIssue[] }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'unavailable'; readonly failure: StorageFailure }
  | {
      readonly kind: 'notSaved';
      readonly change: 'import' | 'removal';
      readonly count: number;
      readonly failure: StorageFailure;
    }
  | { readonly kind: 'restored'; readonly count: number };

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
   * Shows an import's routes after the ones held: `shown` resolves once they are in `record`
   * (after the stored routes were read), `stored` once storage has them: `true` when stored,
   * `false` when the browser refused (then `problem` says what was not kept and what to do).
   * Neither rejects.
   */
  readonly add: (committed: CommitOutcome) => { readonly shown: Promise<void>; readonly stored: Promise<boolean> };
  /**
   * Removes routes from the page at once and from storage after; resolves `true` once storage has
   * them removed, `false` when it refused (then `problem` says so). Never rejects.
   */
  readonly remove: (routeIds: ReadonlySet<string>) => Promise<boolean>;
  /** Removes every route, as {@link MyRoutesApi.remove} does. */
  readonly removeAll: () => Promise<boolean>;
}

// The edition's own texts are written in both languages, from both locales' strings: they load
// with the first record (stored or imported), not with the first view.
let myRoutesTexts: MyRoutesTexts | undefined;
async function loadMyRoutesTexts(): Promise<MyRoutesTexts> {
  myRoutesTexts ??= (await import('../bilingual-texts')).myRoutesTexts;
  return myRoutesTexts;
}

/** Resolves in a later task, so the page may paint and take input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Routes per task when indexing an import's routes ahead of showing them (see `add`). */
const ROUTE_INDEX_PER_STEP = 50_000;

/**
 * The "My routes" edition: read from IndexedDB on first use (and checked in a worker, as it can be
 * large), changed by imports and removals, each change stored at once. Stored data that fails its
 * check is deleted and reported; nothing else on the page depends on it.
 */
export function useMyRoutes({
  prepare,
}: {
  /**
   * Work the page does for an edition before it shows it, as steps run each in a task of its own
   * after an import's routes are merged and indexed, and before they are shown: the render that
   * shows 300 000 routes then finds its rows built. A step that throws is skipped.
   */
  readonly prepare?: (edition: Edition) => readonly (() => void)[];
} = {}): MyRoutesApi {
  const [record, setRecordState] = useState<MyRoutesRecord | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [settled, setSettled] = useState(false);
  const [problem, setProblem] = useState<MyRoutesProblem | undefined>(undefined);
  // Changes build on the latest record, and an import waits for the stored routes to be read:
  // otherwise storing it would overwrite routes not loaded yet.
  const recordRef = useRef<MyRoutesRecord | undefined>(undefined);
  const loaded = useRef<Promise<void>>(Promise.resolve());
  // Storage the browser withholds is said once per visit, not at every import or removal.
  const saidUnavailable = useRef(false);
  const prepareRef = useRef(prepare);
  useEffect(() => {
    prepareRef.current = prepare;
  });
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
        const [outcome] = await Promise.all([loadMyRoutes(), loadMyRoutesTexts()]);
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
        const failure = classifyStorageError(error);
        if (failure.reason === 'unavailable') {
          // Storage turned off: nothing was discarded, and nothing will be kept this visit.
          saidUnavailable.current = true;
          setProblem({ kind: 'unavailable', failure });
        } else setProblem({ kind: 'unreadable', message: failure.message });
      });
    return () => {
      live = false;
    };
  }, [setRecord]);

  // True when stored: a confirmation is said only once the write is done, so a reload right after
  // it cannot bring back what the page said was removed.
  const report = useCallback((write: WriteOutcome, change: 'import' | 'removal', count: number): boolean => {
    if (write.ok) return true;
    if (write.failure.reason === 'unavailable') {
      if (!saidUnavailable.current) setProblem({ kind: 'unavailable', failure: write.failure });
      saidUnavailable.current = true;
    } else setProblem({ kind: 'notSaved', change, count, failure: write.failure });
    return false;
  }, []);

  /**
   * After a change was stored: when storage held fewer routes than the page showed before it,
   * they were lost under the page (site data cleared while it was open, another tab's removal),
   * so storage now lacks routes that are on screen. The page stores what it shows again: what is
   * on screen is what the reader last saw confirmed.
   */
  const keepWhatIsShown = useCallback(
    async ({ write, storedBefore }: StoreChange, shownBefore: number): Promise<WriteOutcome> => {
      if (!write.ok || storedBefore >= shownBefore) return write;
      const shown = recordRef.current;
      const again = shown ? await saveStoredRoutes(shown) : STORED;
      if (again.ok && shown) setProblem({ kind: 'restored', count: shown.routes.length });
      return again;
    },
    [],
  );

  const add = useCallback(
    ({ result, stored }: CommitOutcome) => {
      const shown = Promise.all([loaded.current, loadMyRoutesTexts()]).then(async ([, texts]) => {
        const shownBefore = recordRef.current?.routes.length ?? 0;
        // Imported on use: the page that shows routes has loaded it already, and the live page
        // stays without it.
        const { routeIndex, routeIndexInSteps } = await import('../../../domain/edition/model');
        const merge = (onto: MyRoutesRecord | undefined) =>
          addImported(onto, result, onto ? routeIndex(onto.routes) : undefined);
        const base = recordRef.current;
        let next = merge(base);
        // The routes' index in tasks of their own, between the merge and the render that shows
        // them (which finds it made): at 300 000 routes the merge, the index and the render each
        // took 80–300 ms, and in one task they held the page for longer than a reader should wait
        // to type or click.
        for (const step of routeIndexInSteps(next.routes, ROUTE_INDEX_PER_STEP)) {
          await nextTask();
          step();
        }
        for (const step of prepareRef.current?.(myRoutesEdition(next, texts)) ?? []) {
          await nextTask();
          try {
            step();
          } catch (error) {
            // Work done ahead only: the render that shows the routes does it again.
            console.error('Route Atlas: work ahead of showing My routes failed', error);
          }
        }
        await nextTask();
        // A removal made meanwhile is kept: merge again onto what the page holds now.
        if (recordRef.current !== base) next = merge(recordRef.current);
        setRecord(next);
        return shownBefore;
      });
      return {
        shown: shown.then(() => undefined),
        stored: shown.then(async (shownBefore) =>
          report(await keepWhatIsShown(await stored, shownBefore), 'import', result.routes.length),
        ),
      };
    },
    [setRecord, report, keepWhatIsShown],
  );
  // The page changes its copy at once; the worker changes the stored one (serialising a large
  // record would hold up the page).
  const remove = useCallback(
    async (routeIds: ReadonlySet<string>) => {
      const current = recordRef.current;
      if (!current) return true;
      setRecord(removeRoutes(current, routeIds));
      const write = await keepWhatIsShown(await removeStoredRoutes([...routeIds]), current.routes.length);
      return report(write, 'removal', routeIds.size);
    },
    [setRecord, report, keepWhatIsShown],
  );
  const removeAll = useCallback(async () => {
    const count = recordRef.current?.routes.length ?? 0;
    setRecord(undefined);
    return report((await removeStoredRoutes('all')).write, 'removal', count);
  }, [setRecord, report]);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  // The texts are loaded before any record is set (see above).
  const edition = useMemo(
    () => (record && myRoutesTexts ? myRoutesEdition(record, myRoutesTexts) : undefined),
    [record],
  );

  return { edition, record, loading, settled, problem, dismissProblem, add, remove, removeAll };
}
