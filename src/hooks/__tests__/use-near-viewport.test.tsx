import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from '../use-near-viewport';

/** An IntersectionObserver the test drives: it keeps each observer's callback, margin and targets. */
function stubIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; margin: string; targets: Element[] }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      readonly entry: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        this.entry = { callback, margin: options?.rootMargin ?? '', targets: [] };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      disconnect() {
        this.entry.targets = [];
      }
    },
  );
  return {
    observers,
    /** Tells every observer of `target` whether it now intersects. */
    scroll(target: Element, isIntersecting: boolean) {
      for (const observer of observers.filter((item) => item.targets.includes(target))) {
        observer.callback([{ target, isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
      }
    },
  };
}

function Probe({ margin }: { readonly margin?: string }) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const near = useNearViewport(element, margin);
  return (
    <p ref={setElement} data-testid="probe">
      {near === undefined ? 'unknown' : near ? 'near' : 'far'}
    </p>
  );
}

describe('useNearViewport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is unknown until the observer answers, then follows it both ways, with the margin given', async () => {
    const io = stubIntersectionObserver();
    render(<Probe margin="0px" />);
    const probe = screen.getByTestId('probe');
    expect(probe.textContent).toBe('unknown');
    expect(io.observers.at(-1)?.margin).toBe('0px');
    act(() => io.scroll(probe, false));
    expect(await screen.findByText('far')).toBeTruthy();
    act(() => io.scroll(probe, true));
    expect(await screen.findByText('near')).toBeTruthy();
    act(() => io.scroll(probe, false));
    expect(await screen.findByText('far')).toBeTruthy();
  });

  it('counts printing as near: a printed page shows everything', async () => {
    const io = stubIntersectionObserver();
    render(<Probe />);
    act(() => io.scroll(screen.getByTestId('probe'), false));
    expect(await screen.findByText('far')).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(await screen.findByText('near')).toBeTruthy();
  });

  it('stays unknown where nothing can observe', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('unknown');
  });

  it('stops observing when unmounted', () => {
    const io = stubIntersectionObserver();
    const { unmount } = render(<Probe />);
    expect(io.observers.at(-1)?.targets).toHaveLength(1);
    unmount();
    expect(io.observers.at(-1)?.targets).toHaveLength(0);
  });
});
