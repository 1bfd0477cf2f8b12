import { useCallback, useEffect, useState } from 'react';
import type { EditionOverrides } from '../domain/score-overrides';
import type { SharedScoresState } from '../features/share/components/shared-scores-notice';

// A fragment meant to carry edited scores (`#s1.…`, see features/share/model/edition-link): tested
// here so that a plain visit loads neither the codec nor the scores' check.
const CARRIES_SCORES = /^#s\d+\./;

/** The edited scores the address's fragment carries, and what the reader chose to do with them. */
export interface SharedScoresApi {
  /** What the notice shows; `undefined` when the address carries none (or they were kept or dropped). */
  readonly state: SharedScoresState | undefined;
  /** The link's scores for edition `editionId`, while they are shown in place of the reader's own. */
  readonly scoresFor: (editionId: string | undefined) => EditionOverrides | undefined;
  /** Hands the link's scores to `store` (the reader's own scores) and stops showing the link's. */
  readonly keep: (store: (scores: EditionOverrides) => void) => void;
  /** Stops showing the link's scores: the reader's own (or the edition's) show again. */
  readonly dismiss: () => void;
}

/** Takes the fragment out of the address: the scores it brought were kept or dropped. */
function dropFragment(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Reads edited scores carried in the link's fragment once, after the first render: decodes them,
 * checks them, and holds them, stored nowhere, so the page shows the sharer's view (their scores
 * instead of the reader's own) until the reader keeps or drops them.
 */
export function useSharedScores(): SharedScoresApi {
  const [state, setState] = useState<SharedScoresState | undefined>(() =>
    typeof window !== 'undefined' && CARRIES_SCORES.test(window.location.hash) ? { stage: 'reading' } : undefined,
  );

  useEffect(() => {
    const hash = window.location.hash;
    if (!CARRIES_SCORES.test(hash)) return;
    void (async () => {
      const [{ decodeEditionFragment, SCORES_LINK_PREFIX }, { readSharedScores }] = await Promise.all([
        import('../features/share/model/edition-link'),
        import('../features/share/model/shared-scores'),
      ]);
      const decoded = await decodeEditionFragment(hash, SCORES_LINK_PREFIX);
      if (!decoded.ok) {
        setState({ stage: 'problem', problem: decoded.problem });
        return;
      }
      const read = readSharedScores(decoded.json);
      setState(
        read.ok
          ? { stage: 'showing', shared: read.shared }
          : { stage: 'problem', problem: 'notScores', count: read.count },
      );
    })().catch(() => setState({ stage: 'problem', problem: 'damaged' }));
  }, []);

  const scoresFor = useCallback(
    (editionId: string | undefined) =>
      state?.stage === 'showing' && state.shared.editionId === editionId ? state.shared.scores : undefined,
    [state],
  );

  const keep = useCallback(
    (store: (scores: EditionOverrides) => void) => {
      if (state?.stage !== 'showing') return;
      store(state.shared.scores);
      dropFragment();
      setState(undefined);
    },
    [state],
  );

  const dismiss = useCallback(() => {
    dropFragment();
    setState(undefined);
  }, []);

  return { state, scoresFor, keep, dismiss };
}
