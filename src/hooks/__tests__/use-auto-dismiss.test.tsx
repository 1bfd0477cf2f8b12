import { act, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { STATUS_MS, useAutoDismiss, useDismissAfter } from '../use-auto-dismiss';
import { runOnFakeTimers } from '../../../tests/utils/fake-timers';

const setupUser = runOnFakeTimers();

/** Lets `ms` milliseconds of fake time pass, with React's updates applied. */
function pass(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** A status line and two buttons that set it, as a page shows "12 routes added". */
function StatusDemo() {
  const [status, setStatus] = useAutoDismiss();
  return (
    <>
      <button type="button" onClick={() => setStatus('12 routes added')}>
        Add
      </button>
      <button type="button" onClick={() => setStatus('GPU removed')}>
        Remove
      </button>
      <p role="status">{status}</p>
    </>
  );
}

describe('useAutoDismiss', () => {
  it('clears a status text six seconds after it was set', async () => {
    const user = setupUser();
    render(<StatusDemo />);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('status')).toHaveTextContent('12 routes added');
    pass(STATUS_MS - 1);
    expect(screen.getByRole('status')).toHaveTextContent('12 routes added');
    pass(1);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('gives a new text its full time', async () => {
    const user = setupUser();
    render(<StatusDemo />);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    pass(5000);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    pass(5000);
    expect(screen.getByRole('status')).toHaveTextContent('GPU removed');
    pass(1000);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('takes another delay', () => {
    const { result } = renderHook(() => useAutoDismiss(1500));
    act(() => result.current[1]('Link copied'));
    pass(1499);
    expect(result.current[0]).toBe('Link copied');
    pass(1);
    expect(result.current[0]).toBe('');
  });
});

describe('useDismissAfter', () => {
  it('dismisses news owned elsewhere once, after the delay, with the latest callback', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = renderHook(({ news, dismiss }) => useDismissAfter(news, dismiss, 8000), {
      initialProps: { news: true, dismiss: first },
    });
    pass(4000);
    // A new callback (an inline arrow on the next render) neither restarts the wait nor is skipped.
    rerender({ news: true, dismiss: latest });
    pass(4000);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
  });

  it('waits for nothing while there is no news, and stops waiting when the news goes', () => {
    const dismiss = vi.fn();
    const { rerender } = renderHook(({ news }) => useDismissAfter(news, dismiss), {
      initialProps: { news: false },
    });
    pass(STATUS_MS * 2);
    rerender({ news: true });
    pass(STATUS_MS / 2);
    rerender({ news: false });
    pass(STATUS_MS);
    expect(dismiss).not.toHaveBeenCalled();
  });

  it('stops waiting when the component goes', () => {
    const dismiss = vi.fn();
    const { unmount } = renderHook(() => useDismissAfter('Saved', dismiss));
    unmount();
    pass(STATUS_MS);
    expect(dismiss).not.toHaveBeenCalled();
  });

  it('lets the page keep its own state', () => {
    function OfflineNews() {
      const [ready, setReady] = useState(true);
      useDismissAfter(ready, () => setReady(false), 8000);
      return ready ? <p role="status">Ready to work offline.</p> : null;
    }
    render(<OfflineNews />);
    pass(7999);
    expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline.');
    pass(1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
