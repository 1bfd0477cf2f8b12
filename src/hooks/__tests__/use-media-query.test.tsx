import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY, useMediaQuery } from '../use-media-query';

/** A `matchMedia` whose answer the test sets, and whose `change` listeners it can call. */
function stubMatchMedia(initially: boolean) {
  let matches = initially;
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return matches;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    set(next: boolean) {
      matches = next;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

function Probe({ seen }: { readonly seen: (boolean | undefined)[] }) {
  const phone = useMediaQuery(PHONE_QUERY);
  seen.push(phone);
  return <p>{phone === undefined ? 'unknown' : phone ? 'phone' : 'wide'}</p>;
}

describe('useMediaQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders first without an answer (as the prerender did), then with the query’s', async () => {
    stubMatchMedia(true);
    const seen: (boolean | undefined)[] = [];
    render(<Probe seen={seen} />);
    expect(await screen.findByText('phone')).toBeTruthy();
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe(true);
  });

  it('follows a change of the screen, and stops listening when unmounted', async () => {
    const media = stubMatchMedia(false);
    const { unmount } = render(<Probe seen={[]} />);
    expect(await screen.findByText('wide')).toBeTruthy();
    act(() => media.set(true));
    expect(await screen.findByText('phone')).toBeTruthy();
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('never matches without matchMedia', async () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Probe seen={[]} />);
    expect(await screen.findByText('wide')).toBeTruthy();
  });
});
