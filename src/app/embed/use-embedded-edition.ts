import { parseAsString, useQueryState } from 'nuqs';
import { useEffect, useMemo, useState } from 'react';
import type { Edition } from '../../domain/edition/schema';
import type { Locale } from '../../domain/locale';
import type { LoadedEdition } from '../bundled-editions';

// A fragment meant to carry a comparison (`#c1.…`, see features/share/model/edition-link).
const CARRIES_COMPARISON = /^#c\d+\./;
// A fragment meant to carry the sharer's edited scores of a bundled edition (`#s1.…`).
const CARRIES_SCORES = /^#s\d+\./;

/** The edition an embed shows, once known, or why it shows none. */
export type EmbeddedEdition =
  | { readonly stage: 'reading' }
  | { readonly stage: 'ready'; readonly edition: Edition }
  | { readonly stage: 'problem'; readonly problem: 'editionNotHeld'; readonly id: string }
  | {
      readonly stage: 'problem';
      readonly problem: 'unreadableComparison' | 'unreadableFile' | 'unreadableScores';
    };

type Carried =
  | { readonly stage: 'reading' }
  | { readonly stage: 'ready'; readonly edition: Edition }
  | {
      readonly stage: 'problem';
      readonly problem: 'unreadableComparison' | 'unreadableFile' | 'unreadableScores';
    };

// The id a data file named by `src` is shown under, as the full page shows it while looked at.
const FROM_FILE_ID = 'from-link';

/** Reads the comparison the fragment carries, checked as a comparison, or says it cannot. */
async function readFragment(hash: string): Promise<Carried> {
  const [{ decodeEditionFragment }, runtime] = await Promise.all([
    import('../../features/share/model/edition-link'),
    import('../../features/my-editions/hooks/comparison-runtime'),
  ]);
  const decoded = await decodeEditionFragment(hash);
  const check = decoded.ok ? runtime.checkUserEdition(decoded.json) : undefined;
  return check?.ok
    ? { stage: 'ready', edition: runtime.toDisplayEdition(check.edition, runtime.userEditionTexts) }
    : { stage: 'problem', problem: 'unreadableComparison' };
}

/**
 * `edition` with the sharer's edited scores the fragment carries, as the full page shows them
 * while the link is open (the frame keeps them nowhere), or says they cannot be read.
 */
async function readScores(hash: string, edition: Edition): Promise<Carried> {
  const [{ decodeEditionFragment, SCORES_LINK_PREFIX }, { readSharedScores }, { applyScoreOverrides }] =
    await Promise.all([
      import('../../features/share/model/edition-link'),
      import('../../features/share/model/shared-scores'),
      import('../../domain/score-overrides'),
    ]);
  const decoded = await decodeEditionFragment(hash, SCORES_LINK_PREFIX);
  const read = decoded.ok ? readSharedScores(decoded.json) : undefined;
  if (!read?.ok || read.shared.editionId !== edition.id) return { stage: 'problem', problem: 'unreadableScores' };
  return { stage: 'ready', edition: applyScoreOverrides(edition, read.shared.scores) };
}

/** Fetches and reads the data file `src` names (a comparison's or an edition's JSON, or a CSV). */
async function readSourceFile(src: string, locale: Locale): Promise<Carried> {
  const [{ fetchDataFile }, { readComparisonFile }, runtime] = await Promise.all([
    import('../../features/share/model/fetch-data-file'),
    import('../../features/my-editions/model/comparison-file'),
    import('../../features/my-editions/hooks/comparison-runtime'),
  ]);
  const fetched = await fetchDataFile(src, () => undefined);
  if (!fetched.ok) return { stage: 'problem', problem: 'unreadableFile' };
  const read = readComparisonFile(fetched.name, fetched.bytes, {
    id: FROM_FILE_ID,
    title: { [locale]: fetched.name.replace(/\.[a-z0-9]+$/i, '') },
    locale,
  });
  // A file with no route or no criterion is no comparison (an HTML page reads as a CSV of one column).
  if (!read.ok || read.edition.routes.length === 0 || read.edition.criteria.length === 0) {
    return { stage: 'problem', problem: 'unreadableFile' };
  }
  const edition = { ...read.edition, id: FROM_FILE_ID };
  return { stage: 'ready', edition: runtime.toDisplayEdition(edition, runtime.userEditionTexts) };
}

/**
 * The edition an embed shows: the comparison the link's fragment carries, or the data file its
 * `src` names, read and checked as the full page does and shown at once, stored nowhere (no Keep
 * a copy inside someone else's page); else the bundled edition the address names (`ed`, the first
 * when absent), with the sharer's edited scores when the fragment carries them (`#s1.…`). An `ed`
 * that names none of these (a comparison kept in one browser, My routes) is
 * `editionNotHeld`. `locale` is the language a CSV's texts are read in.
 */
export function useEmbeddedEdition(editions: readonly LoadedEdition[], locale: Locale): EmbeddedEdition {
  const [editionParam] = useQueryState('ed', parseAsString);
  const [src] = useQueryState('src', parseAsString);
  const bundled = useMemo(() => editions.flatMap((item) => (item.result.ok ? [item.result.edition] : [])), [editions]);
  const named = editionParam === null ? bundled[0] : bundled.find((edition) => edition.id === editionParam);
  // The fragment and the file are read once, in the language of the first render.
  const [hash] = useState(() => window.location.hash);
  const [source] = useState(() => (CARRIES_COMPARISON.test(hash) ? null : src));
  const [readLocale] = useState(locale);
  const carries = CARRIES_COMPARISON.test(hash) && (editionParam === null || named === undefined);
  const scored = CARRIES_SCORES.test(hash) && named !== undefined ? named : undefined;
  const [carried, setCarried] = useState<Carried>({ stage: 'reading' });

  useEffect(() => {
    if (scored) {
      const ended = new AbortController();
      readScores(hash, scored).then(
        (next) => {
          if (!ended.signal.aborted) setCarried(next);
        },
        () => {
          if (!ended.signal.aborted) setCarried({ stage: 'problem', problem: 'unreadableScores' });
        },
      );
      return () => ended.abort();
    }
    if (!carries && source === null) return;
    // Unmounted (or StrictMode's first run): a late answer is dropped.
    const ended = new AbortController();
    const settle = (next: Carried) => {
      if (!ended.signal.aborted) setCarried(next);
    };
    (carries ? readFragment(hash) : readSourceFile(source ?? '', readLocale)).then(settle, () =>
      settle({ stage: 'problem', problem: carries ? 'unreadableComparison' : 'unreadableFile' }),
    );
    return () => ended.abort();
  }, [carries, scored, hash, source, readLocale]);

  if (carries || scored || source !== null) return carried;
  if (named) return { stage: 'ready', edition: named };
  return { stage: 'problem', problem: 'editionNotHeld', id: editionParam ?? '' };
}
