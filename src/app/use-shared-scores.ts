import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Edition } from '../domain/edition/schema';
import {
  applicableOverrides,
  applyScoreOverrides,
  countApplied,
  type EditionOverrides,
} from '../domain/score-overrides';
import type { ScoreOverridesApi } from './dashboard/use-score-overrides';
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
  /** Calls `store` (which keeps the link's scores as the reader's own) and stops showing the link's. */
  readonly keep: (store: () => void) => void;
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
    (store: () => void) => {
      if (state?.stage !== 'showing') return;
      store();
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

/** The scores the view shows, and how edits and a link's scores reach them (see {@link useViewScores}). */
export interface ViewScores {
  /** The link's scores that apply to the edition, while they stand in for the reader's own. */
  readonly linkScores: EditionOverrides | undefined;
  /** The scores the view shows: the link's, else the reader's own. */
  readonly scores: EditionOverrides | undefined;
  /** The edition with `scores` applied. */
  readonly shown: Edition | undefined;
  /** How many of `scores` apply to the edition. */
  readonly editedCount: number;
  /** Stores the link's scores as the reader's own and stops showing the link's. */
  readonly keepLinkScores: () => void;
  /** Sets one of the reader's scores; while a link's show, they are kept first. */
  readonly setOverride: ScoreOverridesApi['setOverride'];
  readonly sharedScores: SharedScoresApi;
}

/**
 * The scores `edition` is shown with: a link's edited scores while it brings some that name the
 * edition's routes and criteria (the view is then exactly the sharer's), else the reader's own
 * (`own`). A link whose scores name none of them leaves the view as it was.
 */
export function useViewScores(edition: Edition | undefined, own: ScoreOverridesApi): ViewScores {
  const sharedScores = useSharedScores();
  const offered = sharedScores.scoresFor(edition?.id);
  const linkScores = useMemo(() => {
    if (!edition || !offered) return undefined;
    const applicable = applicableOverrides(edition, offered);
    return Object.keys(applicable).length > 0 ? applicable : undefined;
  }, [edition, offered]);
  const scores = linkScores ?? own.overrides;
  const shown = useMemo(() => (edition ? applyScoreOverrides(edition, scores) : undefined), [edition, scores]);
  const keepLinkScores = () =>
    sharedScores.keep(() => {
      if (linkScores) own.setMany(linkScores);
    });
  return {
    linkScores,
    scores,
    shown,
    editedCount: edition ? countApplied(edition, scores) : 0,
    keepLinkScores,
    setOverride: (...args) => {
      if (linkScores) keepLinkScores();
      own.setOverride(...args);
    },
    sharedScores,
  };
}
