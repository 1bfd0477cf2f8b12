import { useCallback } from 'react';
import {
  NO_OVERRIDES,
  withoutEdition,
  withOverride,
  type EditionOverrides,
  type ScoreOverride,
  type StoredOverrides,
} from '../../domain/score-overrides';
import { useStoredState } from '../../hooks/use-stored-state';
import { SCORE_OVERRIDES_KEY } from '../../lib/storage/keys';
import { lazyStoredValueSchema } from '../../lib/storage/stored-json';

const storedOverridesSchema = lazyStoredValueSchema(
  SCORE_OVERRIDES_KEY,
  async () => (await import('../../domain/score-overrides-schema')).storedOverridesSchema,
);

/** The reader's scores for one edition and the ways to change them (see {@link useScoreOverrides}). */
export interface ScoreOverridesApi {
  readonly overrides: EditionOverrides | undefined;
  readonly setOverride: (routeId: string, criterionId: string, override: ScoreOverride | undefined) => void;
  readonly resetAll: () => void;
  /** Sets all of `scores` at once (e.g. those a shared link brought), over any the reader had for them. */
  readonly setMany: (scores: EditionOverrides) => void;
  /** Drops every override of these routes (they were removed from the edition). */
  readonly forgetRoutes: (routeIds: readonly string[]) => void;
  /** True when stored overrides could not be read and were discarded (until dismissed). */
  readonly storageProblem: boolean;
  readonly dismissStorageProblem: () => void;
}

/**
 * The reader's own scores for the edition `editionId`, remembered in this browser across reloads
 * and editions. Corrupt stored data is discarded and reported through `storageProblem`.
 */
export function useScoreOverrides(editionId: string | undefined): ScoreOverridesApi {
  const {
    value: stored,
    setValue: change,
    storageProblem,
    dismissStorageProblem,
  } = useStoredState<StoredOverrides>(SCORE_OVERRIDES_KEY, storedOverridesSchema, NO_OVERRIDES);
  const setOverride = useCallback(
    (routeId: string, criterionId: string, override: ScoreOverride | undefined) => {
      if (editionId === undefined) return;
      change((current) => withOverride(current, editionId, routeId, criterionId, override));
    },
    [change, editionId],
  );
  const resetAll = useCallback(() => {
    if (editionId !== undefined) change((current) => withoutEdition(current, editionId));
  }, [change, editionId]);
  const setMany = useCallback(
    (scores: EditionOverrides) => {
      if (editionId === undefined) return;
      change((current) =>
        Object.entries(scores).reduce(
          (next, [routeId, own]) =>
            Object.entries(own).reduce(
              (acc, [criterionId, override]) => withOverride(acc, editionId, routeId, criterionId, override),
              next,
            ),
          current,
        ),
      );
    },
    [change, editionId],
  );
  const forgetRoutes = useCallback(
    (routeIds: readonly string[]) => {
      if (editionId === undefined) return;
      change((current) => {
        const scores = current.editions[editionId] ?? {};
        return Object.keys(scores)
          .filter((routeId) => routeIds.includes(routeId))
          .reduce(
            (next, routeId) =>
              Object.keys(scores[routeId] ?? {}).reduce(
                (acc, criterionId) => withOverride(acc, editionId, routeId, criterionId, undefined),
                next,
              ),
            current,
          );
      });
    },
    [change, editionId],
  );
  return {
    forgetRoutes,
    overrides: editionId === undefined ? undefined : stored.editions[editionId],
    setOverride,
    resetAll,
    setMany,
    storageProblem,
    dismissStorageProblem,
  };
}
