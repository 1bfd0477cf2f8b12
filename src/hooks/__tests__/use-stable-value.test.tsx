import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableValue } from '../use-stable-value';

describe('useStableValue', () => {
  it('keeps the first object while the key stays the same', () => {
    const first = { trendIds: ['ai-chips'] };
    const { result, rerender } = renderHook(({ value }) => useStableValue(value, JSON.stringify(value)), {
      initialProps: { value: first },
    });
    expect(result.current).toBe(first);
    rerender({ value: { trendIds: ['ai-chips'] } });
    expect(result.current).toBe(first);
  });

  it('gives the new object when the key changes, and keeps that one after', () => {
    const { result, rerender } = renderHook(({ value }) => useStableValue(value, JSON.stringify(value)), {
      initialProps: { value: { trendIds: ['ai-chips'] } },
    });
    const second = { trendIds: ['ai-chips', 'generative-ai'] };
    rerender({ value: second });
    expect(result.current).toBe(second);
    rerender({ value: { trendIds: ['ai-chips', 'generative-ai'] } });
    expect(result.current).toBe(second);
  });
});
