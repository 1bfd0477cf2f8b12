import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from '../../../domain/zod-mini';
import { useStoredState } from '../../../hooks/use-stored-state';
import { COLUMN_VISIBILITY_KEY, THEME_STORAGE_KEY } from '../keys';
import { resetUnkeptWrites, useUnkeptWrites, writeLocalValue } from '../unkept-writes';

afterEach(() => {
  vi.restoreAllMocks();
  resetUnkeptWrites();
});

describe('writeLocalValue', () => {
  it('stores the value and says so', () => {
    expect(writeLocalValue(THEME_STORAGE_KEY, 'dark')).toEqual({ ok: true });
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  });

  it('names each value the browser refused once, and again only when another value joins', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useUnkeptWrites());
    let outcome: ReturnType<typeof writeLocalValue> | undefined;
    act(() => {
      outcome = writeLocalValue(THEME_STORAGE_KEY, 'dark');
    });
    expect(outcome).toEqual({ ok: false, failure: { reason: 'quota', message: 'The quota has been exceeded.' } });
    expect(result.current).toMatchObject({ values: ['theme'], unsaid: true, failure: { reason: 'quota' } });

    act(() => result.current.dismiss());
    act(() => void writeLocalValue(THEME_STORAGE_KEY, 'light'));
    // The theme was said: a second refusal of it stays quiet.
    expect(result.current).toMatchObject({ values: ['theme'], unsaid: false });

    act(() => void writeLocalValue(COLUMN_VISIBILITY_KEY, '{}'));
    expect(result.current).toMatchObject({ values: ['theme', 'columns'], unsaid: true });
  });
});

describe('a value written from inside a React state update', () => {
  it('is named by a notice elsewhere in the tree without updating it during render', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access to storage is not allowed.', 'SecurityError');
    });
    function Notices() {
      const { values, unsaid } = useUnkeptWrites();
      return <p>{unsaid ? `not kept: ${values.join(', ')}` : 'all kept'}</p>;
    }
    // useStoredState writes from within its state updater, which React runs while rendering
    // this component: the notice, another component, must not be updated then.
    function Columns() {
      const { value, setValue } = useStoredState(COLUMN_VISIBILITY_KEY, z.record(z.string(), z.boolean()), {});
      return (
        <button type="button" onClick={() => setValue((current) => ({ ...current, strengths: false }))}>
          {JSON.stringify(value)}
        </button>
      );
    }
    render(
      <>
        <Notices />
        <Columns />
      </>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('{"strengths":false}');
    expect(await screen.findByText('not kept: columns')).toBeInTheDocument();
  });
});
