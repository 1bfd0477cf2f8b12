import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Edition } from '../domain/edition/schema';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import { useEditionParam } from '../lib/url-state';
import type { LoadedEdition } from './bundled-editions';
import type { Locale } from '../domain/locale';
import type { UserEditionsApi } from '../features/my-editions/hooks/use-user-editions';
import type { UserEdition } from '../features/my-editions/model/user-edition';
import type { SharedComparisonState } from '../features/share/components/shared-comparison';

// A fragment meant to carry a comparison (`#c1.…`, see features/share/model/edition-link): tested
// here so that a plain visit loads neither the codec nor the comparisons' check.
const CARRIES_COMPARISON = /^#c\d+\./;

// The id a file opened from `?src=` is shown under while looked at: the same on every visit, so a
// reload of the link finds it again; kept, it gets an id of its own.
const FROM_FILE_ID = 'from-link';

type Held =
  | { readonly stage: 'reading' }
  | { readonly stage: 'fetching'; readonly state: SharedComparisonState }
  | { readonly stage: 'problem'; readonly state: SharedComparisonState }
  | {
      readonly stage: 'preview' | 'looking';
      /** Where it came from: the link's fragment, or a data file the link names (`?src=`). */
      readonly source: 'fragment' | 'file';
      readonly edition: UserEdition;
      readonly display: Edition;
      readonly keepError?: string;
    };

/** The comparison the address's fragment carries, and what the reader chose to do with it. */
export interface SharedComparisonApi {
  /** What the preview shows; `undefined` when the address carries none (or it was kept or closed). */
  readonly state: SharedComparisonState | undefined;
  /** The shared comparison as the page shows it while the reader "just looks" (stored nowhere). */
  readonly looking: { readonly edition: UserEdition; readonly display: Edition } | undefined;
  /** True while the link is read or previewed: the address's `ed` names it, not a stored comparison. */
  readonly deciding: boolean;
  /** Stores the comparison among `userEditions` and shows it (see {@link useSharedComparison}). */
  readonly keep: (userEditions: Pick<UserEditionsApi, 'create' | 'summaries'>) => Promise<void>;
  readonly look: () => void;
  readonly dismiss: () => void;
}

/** Takes the fragment and `src` out of the address: what they brought is stored or dismissed. */
function dropSource(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  url.searchParams.delete('src');
  window.history.replaceState(window.history.state, '', url);
}

/** The `src` param of the address (a data file to open), if any. */
function sourceParam(): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('src');
}

/**
 * Reads a comparison carried in the link's fragment once, after the first render (the prerendered
 * page never has one): decodes it, checks it as a comparison, and holds it for the preview. Nothing
 * is stored until {@link SharedComparisonApi.keep}, which stores it through the comparisons' own
 * create path (under its own id, so the link's view params apply, or a new one if that id is taken
 * here, by a comparison or by one of the editions every reader has: `editions`, My routes) and then drops the fragment, so a reload does not ask again.
 */
export function useSharedComparison(locale: Locale, editions: readonly LoadedEdition[] = []): SharedComparisonApi {
  // The ids every reader has (the bundled editions, My routes): a kept copy takes none of them.
  const reservedIds = useMemo(
    () => [MY_ROUTES_ID, ...editions.flatMap((item) => (item.result.ok ? [item.result.edition.id] : []))],
    [editions],
  );
  // Known from the first render on, so the page never flashes "not stored here" for the link's
  // comparison. The prerender has no address, and a page with a fragment is rendered afresh rather
  // than hydrated (see boot.tsx), so this first render never has to match the prerendered HTML.
  const [held, setHeld] = useState<Held | undefined>(() =>
    typeof window !== 'undefined' && (CARRIES_COMPARISON.test(window.location.hash) || sourceParam() !== null)
      ? { stage: 'reading' }
      : undefined,
  );
  const [editionParam, setEditionParam] = useEditionParam();

  useEffect(() => {
    const hash = window.location.hash;
    const src = sourceParam();
    if (!CARRIES_COMPARISON.test(hash) && src !== null) {
      void openFile(src, locale, setHeld);
      return;
    }
    if (!CARRIES_COMPARISON.test(hash)) return;
    void (async () => {
      const [{ decodeEditionFragment }, runtime] = await Promise.all([
        import('../features/share/model/edition-link'),
        import('../features/my-editions/hooks/comparison-runtime'),
      ]);
      const decoded = await decodeEditionFragment(hash);
      if (!decoded.ok) {
        setHeld({ stage: 'problem', state: { stage: 'problem', problem: decoded.problem } });
        return;
      }
      const check = runtime.checkUserEdition(decoded.json);
      if (!check.ok) {
        setHeld({
          stage: 'problem',
          state: { stage: 'problem', problem: 'notComparison', count: check.issues.length },
        });
        return;
      }
      setHeld({
        stage: 'preview',
        source: 'fragment',
        edition: check.edition,
        display: runtime.toDisplayEdition(check.edition, runtime.userEditionTexts),
      });
    })().catch(() => setHeld({ stage: 'problem', state: { stage: 'problem', problem: 'damaged' } }));
    // Read once, in the language of the first render (a CSV's texts are in it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const keep = useCallback(
    async ({ create, summaries }: Pick<UserEditionsApi, 'create' | 'summaries'>) => {
      if (held?.stage !== 'preview' && held?.stage !== 'looking') return;
      const { newEditionId } = await import('../features/my-editions/hooks/comparison-runtime');
      // Taken are the reader's comparisons and the ids every reader has (the bundled editions, My
      // routes): a kept copy under one of those could never be opened.
      const taken = new Set([...summaries.map((item) => item.id), ...reservedIds]);
      const id = held.source === 'file' || taken.has(held.edition.id) ? newEditionId(taken) : held.edition.id;
      const failure = await create({ ...held.edition, id });
      if (failure !== undefined) {
        setHeld({ ...held, keepError: failure });
        return;
      }
      dropSource();
      // Only the edition's id changes: the sort, filters, picks and weights of the link stay. The
      // address names the kept copy, whatever id the link's `ed` said.
      if (id !== editionParam) await setEditionParam(id);
      setHeld(undefined);
    },
    [held, editionParam, setEditionParam, reservedIds],
  );

  const look = useCallback(() => {
    if (held?.stage !== 'preview') return;
    setHeld({ ...held, stage: 'looking' });
    // The comparison is shown under its own id, which the address must name (a file's always; a
    // link's whose `ed` was changed on the way).
    if (editionParam !== held.edition.id) void setEditionParam(held.edition.id);
  }, [held, editionParam, setEditionParam]);

  const dismiss = useCallback(() => {
    dropSource();
    setHeld(undefined);
  }, []);

  const state: SharedComparisonState | undefined =
    held === undefined || held.stage === 'reading'
      ? held
      : held.stage === 'problem' || held.stage === 'fetching'
        ? held.state
        : {
            stage: held.stage,
            preview: {
              title: held.display.title[locale],
              criteria: held.display.criteria.map((criterion) => criterion.label[locale]),
              routeCount: held.display.routes.length,
              ...(held.edition.author ? { author: held.edition.author } : {}),
            },
            ...(held.keepError ? { keepError: held.keepError } : {}),
          };
  return {
    state,
    looking: held?.stage === 'looking' ? { edition: held.edition, display: held.display } : undefined,
    deciding: held?.stage === 'reading' || held?.stage === 'fetching' || held?.stage === 'preview',
    keep,
    look,
    dismiss,
  };
}

/**
 * Fetches the data file `src` names and reads it as a comparison (a comparison's data file, an
 * edition's, or a CSV), reporting progress, then a preview or what went wrong.
 */
async function openFile(src: string, locale: Locale, setHeld: (held: Held) => void): Promise<void> {
  let host = src;
  try {
    host = new URL(src).host;
  } catch {
    // Not a URL: fetchDataFile says so.
  }
  const fetching = (received: number, total: number) =>
    setHeld({ stage: 'fetching', state: { stage: 'fetching', host, received, total } });
  const problem = (state: Omit<Extract<SharedComparisonState, { stage: 'problem' }>, 'stage' | 'fromFile'>) =>
    setHeld({ stage: 'problem', state: { stage: 'problem', fromFile: true, ...state } });
  fetching(0, 0);
  try {
    const [{ fetchDataFile }, { readComparisonFile }, runtime] = await Promise.all([
      import('../features/share/model/fetch-data-file'),
      import('../features/my-editions/model/comparison-file'),
      import('../features/my-editions/hooks/comparison-runtime'),
    ]);
    const fetched = await fetchDataFile(src, fetching);
    if (!fetched.ok) {
      problem({ problem: fetched.problem, ...(fetched.status === undefined ? {} : { status: fetched.status }) });
      return;
    }
    const title = fetched.name.replace(/\.[a-z0-9]+$/i, '');
    const read = readComparisonFile(fetched.name, fetched.bytes, {
      id: FROM_FILE_ID,
      title: { [locale]: title },
      locale,
    });
    if (!read.ok) {
      problem({ problem: 'notDataFile', count: read.reason === 'notEdition' ? read.issues.length : 1 });
      return;
    }
    // A CSV with no route or no criterion is no comparison either (an HTML page reads as one).
    if (read.edition.routes.length === 0 || read.edition.criteria.length === 0) {
      problem({ problem: 'notDataFile', count: read.format === 'csv' ? read.csvProblems.length + 1 : 1 });
      return;
    }
    const edition = { ...read.edition, id: FROM_FILE_ID };
    setHeld({
      stage: 'preview',
      source: 'file',
      edition,
      display: runtime.toDisplayEdition(edition, runtime.userEditionTexts),
    });
  } catch {
    problem({ problem: 'network' });
  }
}
