import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
