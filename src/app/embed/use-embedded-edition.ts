import { parseAsString, useQueryState } from 'nuqs';
import { useEffect, useMemo, useState } from 'react';
import type { Edition } from '../../domain/edition/schema';
import type { LoadedEdition } from '../bundled-editions';

// A fragment meant to carry a comparison (`#c1.…`, see features/share/model/edition-link).
const CARRIES_COMPARISON = /^#c\d+\./;

/** The edition an embed shows, once known, or why it shows none. */
export type EmbeddedEdition =
  | { readonly stage: 'reading' }
  | { readonly stage: 'ready'; readonly edition: Edition }
  | { readonly stage: 'problem'; readonly problem: 'editionNotHeld'; readonly id: string }
  | { readonly stage: 'problem'; readonly problem: 'unreadableComparison' };

type Carried =
  | { readonly stage: 'reading' }
  | { readonly stage: 'ready'; readonly edition: Edition }
  | { readonly stage: 'unreadable' };

/**
 * The edition an embed shows: the bundled edition the address names (`ed`, the first when
 * absent), or the comparison the link's fragment carries, decoded and checked as the full page
 * does and shown at once, stored nowhere (no Keep a copy inside someone else's page). An `ed` that
 * names neither (a comparison kept in one browser, My routes) is `editionNotHeld`.
 */
export function useEmbeddedEdition(editions: readonly LoadedEdition[]): EmbeddedEdition {
  const [editionParam] = useQueryState('ed', parseAsString);
  const bundled = useMemo(() => editions.flatMap((item) => (item.result.ok ? [item.result.edition] : [])), [editions]);
  const named = editionParam === null ? bundled[0] : bundled.find((edition) => edition.id === editionParam);
  // The fragment is read once: the embed never writes one.
  const [hash] = useState(() => window.location.hash);
  const carries = CARRIES_COMPARISON.test(hash) && (editionParam === null || named === undefined);
  const [carried, setCarried] = useState<Carried>({ stage: 'reading' });

  useEffect(() => {
    if (!carries) return;
    // Unmounted (or StrictMode's first run): a late answer is dropped.
    const ended = new AbortController();
    void (async () => {
      const [{ decodeEditionFragment }, runtime] = await Promise.all([
        import('../../features/share/model/edition-link'),
        import('../../features/my-editions/hooks/comparison-runtime'),
      ]);
      const decoded = await decodeEditionFragment(hash);
      const check = decoded.ok ? runtime.checkUserEdition(decoded.json) : undefined;
      if (ended.signal.aborted) return;
      setCarried(
        check?.ok
          ? { stage: 'ready', edition: runtime.toDisplayEdition(check.edition, runtime.userEditionTexts) }
          : { stage: 'unreadable' },
      );
    })().catch(() => {
      if (!ended.signal.aborted) setCarried({ stage: 'unreadable' });
    });
    return () => ended.abort();
  }, [carries, hash]);

  if (carries) {
    return carried.stage === 'unreadable' ? { stage: 'problem', problem: 'unreadableComparison' } : carried;
  }
  if (named) return { stage: 'ready', edition: named };
  return { stage: 'problem', problem: 'editionNotHeld', id: editionParam ?? '' };
}
