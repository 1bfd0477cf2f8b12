import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLatestOutcome } from '../use-latest-outcome';

/** A promise settled from outside, as a write to storage settles later. */
function pending() {
  let resolve!: (done: boolean) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<boolean>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

describe('useLatestOutcome', () => {
  it("drops an earlier action's message that arrives after a later action began", async () => {
    const said: string[] = [];
    const { result } = renderHook(() => useLatestOutcome());
    const imported = pending();
    const removed = pending();
    result.current(imported.promise, () => said.push('3 routes added and stored'));
    result.current(removed.promise, () => said.push('My routes is empty now.'));
    await act(async () => {
      removed.resolve(true);
      await removed.promise;
    });
    await act(async () => {
      imported.resolve(true);
      await imported.promise;
    });
    expect(said).toEqual(['My routes is empty now.']);
  });

  it('says the latest action once it is done, and nothing for one that was not', async () => {
    const said: string[] = [];
    const { result, rerender } = renderHook(() => useLatestOutcome());
    const first = pending();
    result.current(first.promise, () => said.push('Alpha was removed'));
    await act(async () => {
      first.resolve(true);
      await first.promise;
    });
    rerender();
    const refused = pending();
    result.current(refused.promise, () => said.push('Beta was removed'));
    const failed = pending();
    await act(async () => {
      refused.resolve(false);
      await refused.promise;
    });
    result.current(failed.promise, () => said.push('Gamma was removed'));
    await act(async () => {
      failed.reject(new Error('quota'));
      await failed.promise.catch(() => undefined);
    });
    expect(said).toEqual(['Alpha was removed']);
  });
});
