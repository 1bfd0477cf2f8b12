import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DataIssue } from '../../../domain/edition/issues';
import type { Edition } from '../../../domain/edition/schema';
import type { UserEdition } from '../model/user-edition';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { describeStorageFailure } from '../../../lib/storage/storage-failure-message';
import { classifyStorageError } from '../../../lib/storage/write-outcome';
import {
  deleteStoredUserEdition,
  listStoredUserEditions,
  readStoredUserEdition,
  writeStoredUserEdition,
  type UserEditionSummary,
} from '../store/user-editions-store';

/** What the autosave says about the open comparison. */
export type SaveState = 'saved' | 'saving' | { readonly error: string };

/** Why the comparison the address names is not shown. */
export type OpenProblem =
  | { readonly kind: 'notStored'; readonly id: string }
  /** `issues` when it is not a comparison; `message` when storage could not be read. */
  | {
      readonly kind: 'unreadable';
      readonly id: string;
      readonly issues?: readonly DataIssue[];
      readonly message?: string;
    };

/** The reader's comparisons as the page holds them (see {@link useUserEditions}). */
export interface UserEditionsApi {
  /** Every stored comparison, most recently saved first (empty until read). */
  readonly summaries: readonly UserEditionSummary[];
  /** True once the stored comparisons have been listed (or the listing failed). */
  readonly settled: boolean;
  /** The open comparison as stored and edited, and as the page shows it. */
  readonly open: { readonly edition: UserEdition; readonly display: Edition } | undefined;
  /** True while the comparison the address names is being read. */
  readonly opening: boolean;
  readonly openProblem: OpenProblem | undefined;
  readonly saveState: SaveState;
  /** Shows `next` at once and stores it (the latest of quick edits wins; nothing is dropped). */
  readonly change: (next: UserEdition) => void;
  /** Stores a new comparison; resolves with why it failed, or `undefined` once stored. */
  readonly create: (edition: UserEdition) => Promise<string | undefined>;
  /** Deletes a comparison; resolves with it (for Undo), or with why it failed. */
  readonly remove: (id: string) => Promise<{ readonly edition?: UserEdition; readonly error?: string }>;
}

/**
 * The comparisons kept in this browser: listed after the first render (IndexedDB), the one whose
 * id is `openId` read and checked (its check, with zod, loads only then), and every change stored
 * at once. `openId` is the address's edition id when it names no bundled edition nor My routes.
 */
export function useUserEditions(openId: string | null): UserEditionsApi {
  const [summaries, setSummaries] = useState<readonly UserEditionSummary[]>([]);
  const [settled, setSettled] = useState(false);
  const [edition, setEdition] = useState<UserEdition | undefined>(undefined);
  // Kept with the id it is about: a problem of another address is not this one's.
  const [problem, setProblem] = useState<OpenProblem | undefined>(undefined);
  const openProblem = problem?.id === openId ? problem : undefined;
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const { t } = useUiLocale();
  // Why storage refused, in the reader's language (quota, blocked, closed…), for every message here.
  const messageOf = useCallback((error: unknown) => describeStorageFailure(classifyStorageError(error), t), [t]);
  // Loaded with the first comparison opened or made (see ./comparison-runtime).
  const [runtime, setRuntime] = useState<typeof import('./comparison-runtime') | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      setSummaries(await listStoredUserEditions());
    } catch {
      // Listing is a convenience: opening a comparison reports its own failure.
    } finally {
      setSettled(true);
    }
  }, []);
  useEffect(() => {
    // A transition, not an ordinary update: this lands while a prerendered page may still be
    // hydrating, and an ordinary update of the page's root makes React hydrate every section left
    // at once, in one long task. None stored (the usual first visit) keeps the same empty list.
    void listStoredUserEditions()
      .then(
        (stored) =>
          startTransition(() =>
            setSummaries((current) => (stored.length === 0 && current.length === 0 ? current : stored)),
          ),
        () => undefined,
      )
      .finally(() => startTransition(() => setSettled(true)));
  }, []);

  useEffect(() => {
    if (openId === null || edition?.id === openId) return;
    let live = true;
    // A function, not the variable: the cleanup changes it while the reads are in flight.
    const isLive = () => live;
    const fail = (problem: OpenProblem) => {
      if (isLive()) setProblem(problem);
    };
    void (async () => {
      try {
        const stored = await readStoredUserEdition(openId);
        if (stored === undefined) {
          fail({ kind: 'notStored', id: openId });
          return;
        }
        const loaded = await import('./comparison-runtime');
        if (isLive()) setRuntime(loaded);
        const { checkUserEdition } = loaded;
        const record =
          typeof stored === 'object' && stored !== null ? (stored as { edition?: unknown }).edition : stored;
        const check = checkUserEdition(record);
        if (!check.ok) fail({ kind: 'unreadable', id: openId, issues: check.issues });
        else if (isLive()) setEdition(check.edition);
      } catch (error) {
        fail({ kind: 'unreadable', id: openId, message: messageOf(error) });
      }
    })();
    return () => {
      live = false;
    };
    // `edition` is read, not followed: an edit must not re-read the stored copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openId]);

  // Writes run one at a time; while one runs, only the latest edit waits (earlier ones are in it).
  const writing = useRef<Promise<void> | undefined>(undefined);
  const pending = useRef<UserEdition | undefined>(undefined);
  // A function: an edit made while a write runs sets it, which the compiler cannot see.
  const hasPending = () => pending.current !== undefined;
  const flush = useCallback(async () => {
    while (pending.current) {
      const next = pending.current;
      pending.current = undefined;
      try {
        await writeStoredUserEdition(next);
        if (!hasPending()) setSaveState('saved');
      } catch (error) {
        setSaveState({ error: messageOf(error) });
      }
    }
    writing.current = undefined;
    void refresh();
  }, [messageOf, refresh]);
  const change = useCallback(
    (next: UserEdition) => {
      setEdition(next);
      setSaveState('saving');
      pending.current = next;
      writing.current ??= flush();
    },
    [flush],
  );

  const create = useCallback(
    async (next: UserEdition) => {
      try {
        setRuntime(await import('./comparison-runtime'));
        await writeStoredUserEdition(next);
        setEdition(next);
        // A comparison the address named but this browser lacked (a shared link) is here now.
        setProblem(undefined);
        setSaveState('saved');
        await refresh();
        return undefined;
      } catch (error) {
        return messageOf(error);
      }
    },
    [messageOf, refresh],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        const stored = await readStoredUserEdition(id);
        await deleteStoredUserEdition(id);
        await refresh();
        const kept = (stored as { edition?: UserEdition } | undefined)?.edition;
        return kept ? { edition: kept } : {};
      } catch (error) {
        return { error: messageOf(error) };
      }
    },
    [messageOf, refresh],
  );

  const open = useMemo(
    () =>
      edition && runtime && edition.id === openId
        ? { edition, display: runtime.toDisplayEdition(edition, runtime.userEditionTexts) }
        : undefined,
    [edition, openId, runtime],
  );

  const opening = openId !== null && open === undefined && openProblem === undefined;
  return { summaries, settled, open, opening, openProblem, saveState, change, create, remove };
}
