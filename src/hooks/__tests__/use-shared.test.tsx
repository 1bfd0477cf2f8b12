import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useShared } from '../use-shared';

describe('useShared', () => {
  it('keeps the first object while the content stays the same', () => {
    const first = { trendIds: ['ai-chips'] };
    const { result, rerender } = renderHook(({ value }) => useShared(value), { initialProps: { value: first } });
    expect(result.current).toBe(first);
    rerender({ value: { trendIds: ['ai-chips'] } });
    expect(result.current).toBe(first);
  });

  it('gives the new content when it changes, keeping the parts that did not, and holds it after', () => {
    const sorting = [{ id: 'cost', desc: true }];
    const { result, rerender } = renderHook(({ value }) => useShared(value), {
      initialProps: { value: { trendIds: ['ai-chips'], sorting } },
    });
    rerender({ value: { trendIds: ['ai-chips', 'generative-ai'], sorting: [{ id: 'cost', desc: true }] } });
    const second = result.current;
    expect(second.trendIds).toEqual(['ai-chips', 'generative-ai']);
    expect(second.sorting).toBe(sorting);
    rerender({ value: { trendIds: ['ai-chips', 'generative-ai'], sorting: [{ id: 'cost', desc: true }] } });
    expect(result.current).toBe(second);
  });
});
