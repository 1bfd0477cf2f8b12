import { useCallback, useRef } from 'react';

/**
 * Says how actions that finish later (a write to storage) went, for the latest one only: a
 * message about an earlier action that arrives after a later one began would say what is no
 * longer so (an import's "added and stored" after "My routes is empty now").
 *
 * Returns `sayWhenDone(outcome, say)`: calls `say` once `outcome` resolves to `true`, unless
 * `sayWhenDone` was called again meanwhile. An outcome of `false` or a rejected one says nothing
 * (the failure is reported where the write is made). The function keeps its identity.
 */
export function useLatestOutcome(): (outcome: Promise<boolean>, say: () => void) => void {
  const latest = useRef(0);
  return useCallback((outcome: Promise<boolean>, say: () => void) => {
    latest.current += 1;
    const action = latest.current;
    outcome.then(
      (done) => {
        if (done && latest.current === action) say();
      },
      () => undefined,
    );
  }, []);
}
