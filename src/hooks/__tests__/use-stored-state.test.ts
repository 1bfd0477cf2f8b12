import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as z from '../../domain/zod-mini';
import { lazyStoredValueSchema, loadStoredValueSchemas } from '../../lib/storage/stored-json';
import { useStoredState } from '../use-stored-state';

const KEY = 'test.stored-state';
const tagsSchema = z.array(z.string());
const NONE: readonly string[] = [];
/** Keeps each tag once, sorted, as a caller's `normalize` might. */
const tidy = (tags: readonly string[]) => [...new Set(tags)].sort();

describe('useStoredState', () => {
  it('starts from the fallback when nothing is stored, and stores every value it is set to', () => {
    const { result } = renderHook(() => useStoredState(KEY, tagsSchema, NONE));
    expect(result.current.value).toBe(NONE);
    expect(result.current.storageProblem).toBe(false);
    act(() => result.current.setValue(['gpu']));
    expect(result.current.value).toEqual(['gpu']);
    expect(window.localStorage.getItem(KEY)).toBe('["gpu"]');
    act(() => result.current.setValue((current) => [...current, 'asic']));
    expect(result.current.value).toEqual(['gpu', 'asic']);
    expect(window.localStorage.getItem(KEY)).toBe('["gpu","asic"]');
  });

  it('reads what an earlier visit stored', () => {
    window.localStorage.setItem(KEY, '["fpga","gpu"]');
    const { result } = renderHook(() => useStoredState(KEY, tagsSchema, NONE));
    expect(result.current.value).toEqual(['fpga', 'gpu']);
    expect(result.current.storageProblem).toBe(false);
  });

  it('normalizes the stored value and every new one before keeping it', () => {
    window.localStorage.setItem(KEY, '["gpu","asic","gpu"]');
    const { result } = renderHook(() => useStoredState(KEY, tagsSchema, NONE, tidy));
    expect(result.current.value).toEqual(['asic', 'gpu']);
    act(() => result.current.setValue(['npu', 'asic', 'npu']));
    expect(result.current.value).toEqual(['asic', 'npu']);
    expect(window.localStorage.getItem(KEY)).toBe('["asic","npu"]');
  });

  it.each([
    ['not JSON', '["gpu"'],
    ['the wrong shape', '{"gpu":true}'],
  ])('discards a stored value that is %s, says so until dismissed, and removes it', (_, text) => {
    window.localStorage.setItem(KEY, text);
    const { result } = renderHook(() => useStoredState(KEY, tagsSchema, NONE));
    expect(result.current.value).toBe(NONE);
    expect(result.current.storageProblem).toBe(true);
    expect(window.localStorage.getItem(KEY)).toBeNull();
    act(() => result.current.dismissStorageProblem());
    expect(result.current.storageProblem).toBe(false);
  });

  it('keeps the same setter across renders, so callers can depend on it', () => {
    const { result, rerender } = renderHook(() => useStoredState(KEY, tagsSchema, NONE, tidy));
    const first = result.current.setValue;
    act(() => result.current.setValue(['gpu']));
    rerender();
    expect(result.current.setValue).toBe(first);
  });

  it('keeps a value for this visit when storage refuses it', () => {
    const { result } = renderHook(() => useStoredState(KEY, tagsSchema, NONE));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    act(() => result.current.setValue(['gpu']));
    expect(result.current.value).toEqual(['gpu']);
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  describe('with a check that loads on demand', () => {
    it('is loaded before the first render only for a key that holds a value', async () => {
      const stored = vi.fn(() => Promise.resolve(tagsSchema));
      const absent = vi.fn(() => Promise.resolve(tagsSchema));
      const lazyStored = lazyStoredValueSchema(`${KEY}.stored`, stored);
      lazyStoredValueSchema(`${KEY}.absent`, absent);
      window.localStorage.setItem(`${KEY}.stored`, '["gpu"]');
      await loadStoredValueSchemas();
      expect(stored).toHaveBeenCalledOnce();
      expect(absent).not.toHaveBeenCalled();
      const { result } = renderHook(() => useStoredState(`${KEY}.stored`, lazyStored, NONE));
      expect(result.current.value).toEqual(['gpu']);
    });

    it('shows the fallback until a check that was not loaded arrives, then the stored value', async () => {
      const lazy = lazyStoredValueSchema(`${KEY}.late`, () => Promise.resolve(tagsSchema));
      window.localStorage.setItem(`${KEY}.late`, '["npu"]');
      const { result } = renderHook(() => useStoredState(`${KEY}.late`, lazy, NONE));
      expect(result.current.value).toBe(NONE);
      await waitFor(() => expect(result.current.value).toEqual(['npu']));
      expect(result.current.storageProblem).toBe(false);
    });

    it('says a stored value is unreadable once its late check finds it so', async () => {
      const lazy = lazyStoredValueSchema(`${KEY}.late-corrupt`, () => Promise.resolve(tagsSchema));
      window.localStorage.setItem(`${KEY}.late-corrupt`, '{"gpu":true}');
      const { result } = renderHook(() => useStoredState(`${KEY}.late-corrupt`, lazy, NONE));
      await waitFor(() => expect(result.current.storageProblem).toBe(true));
      expect(result.current.value).toBe(NONE);
      expect(window.localStorage.getItem(`${KEY}.late-corrupt`)).toBeNull();
    });
  });
});
