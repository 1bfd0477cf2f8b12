import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Runs each test of the calling file on Vitest's fake timers, in a way Testing Library copes
 * with: its async helpers (which userEvent's actions go through) wait on a real-looking
 * `setTimeout(0)` unless they find Jest's fake timers, so they would hang. They look for a
 * global `jest`; one that advances Vitest's clock lets them through
 * (testing-library/react-testing-library#1197). Returns a userEvent setup for these timers.
 */
export function runOnFakeTimers(): () => ReturnType<typeof userEvent.setup> {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  return () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
}
