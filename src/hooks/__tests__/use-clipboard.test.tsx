import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { COPIED_MS, useClipboard } from '../use-clipboard';
import { runOnFakeTimers } from '../../../tests/utils/fake-timers';

/** A copy button that names the outcome, as "Copy link" does. */
function CopyDemo({ text }: { readonly text: string }) {
  const { state, copy } = useClipboard();
  return (
    <>
      <button type="button" onClick={() => void copy(text)}>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      {state === 'failed' ? <p role="alert">Copy it by hand</p> : null}
    </>
  );
}

/** Replaces the clipboard for one test (jsdom has none; userEvent's stub reads back through timers). */
function withClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

const setupUser = runOnFakeTimers();

/** Lets `ms` milliseconds of fake time pass, with React's updates applied. */
function pass(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('useClipboard', () => {
  it('copies the text, says so, and forgets it after four seconds', async () => {
    const user = setupUser();
    render(<CopyDemo text="https://example.test/?v=1" />);
    const writeText = vi.fn(() => Promise.resolve());
    withClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('https://example.test/?v=1');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    pass(COPIED_MS);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });

  it('says when the browser refuses, and keeps saying it', async () => {
    const user = setupUser();
    render(<CopyDemo text="| Route |" />);
    const writeText = vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    withClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('| Route |');
    expect(await screen.findByRole('alert')).toHaveTextContent('Copy it by hand');
    pass(COPIED_MS * 2);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('counts a page without a clipboard (no secure context) as refused', async () => {
    const user = setupUser();
    render(<CopyDemo text="x" />);
    withClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Copy it by hand');
  });

  it('resolves to the outcome, for callers that word it themselves', async () => {
    const { result } = renderHook(() => useClipboard());
    withClipboard({ writeText: () => Promise.resolve() });
    await act(async () => expect(await result.current.copy('ok')).toBe(true));
    withClipboard({ writeText: () => Promise.reject(new Error('no')) });
    await act(async () => expect(await result.current.copy('no')).toBe(false));
    expect(result.current.state).toBe('failed');
  });
});
