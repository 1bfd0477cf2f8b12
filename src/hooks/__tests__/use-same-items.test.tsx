import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSameItems } from '../use-same-items';

const gpu = { id: 'gpu' };
const asic = { id: 'asic' };
const fpga = { id: 'fpga' };

describe('useSameItems', () => {
  it('keeps the first array while new ones hold the same objects in the same order', () => {
    const first = [gpu, asic];
    const { result, rerender } = renderHook(({ items }) => useSameItems(items), { initialProps: { items: first } });
    rerender({ items: [gpu, asic] });
    expect(result.current).toBe(first);
  });

  it('gives the new array when an item, the order or the length changes, and keeps that one after', () => {
    const { result, rerender } = renderHook(({ items }) => useSameItems(items), {
      initialProps: { items: [gpu, asic] },
    });
    for (const next of [
      [asic, gpu],
      [asic, gpu, fpga],
      [asic, { id: 'gpu' }, fpga],
    ]) {
      rerender({ items: next });
      expect(result.current).toBe(next);
      rerender({ items: [...next] });
      expect(result.current).toBe(next);
    }
  });
});
