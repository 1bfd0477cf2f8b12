import { describe, expect, it } from 'vitest';
import { gridAction, type GridKey } from '../model/grid-navigation';

const press = (key: string, { shift = false, modified = false } = {}): GridKey => ({ key, shift, modified });

describe('gridAction on a 3 × 4 grid', () => {
  const middle = { row: 1, column: 1 };

  it.each([
    ['ArrowUp', {}, { row: 0, column: 1 }],
    ['ArrowDown', {}, { row: 2, column: 1 }],
    ['ArrowLeft', {}, { row: 1, column: 0 }],
    ['ArrowRight', {}, { row: 1, column: 2 }],
    ['Enter', {}, { row: 2, column: 1 }],
    ['Enter', { shift: true }, { row: 0, column: 1 }],
    ['Tab', {}, { row: 1, column: 2 }],
    ['Tab', { shift: true }, { row: 1, column: 0 }],
    ['Home', {}, { row: 1, column: 0 }],
    ['End', {}, { row: 1, column: 3 }],
    ['Home', { modified: true }, { row: 0, column: 0 }],
    ['End', { modified: true }, { row: 2, column: 3 }],
  ])('%s %j moves to %j', (key, options, to) => {
    expect(gridAction(press(key, options), middle, 3, 4)).toEqual({ kind: 'move', to });
  });

  it('stops at the edges, wraps Tab across rows and leaves past the ends', () => {
    expect(gridAction(press('ArrowUp'), { row: 0, column: 0 }, 3, 4)).toEqual({
      kind: 'move',
      to: { row: 0, column: 0 },
    });
    expect(gridAction(press('Enter'), { row: 2, column: 3 }, 3, 4)).toEqual({
      kind: 'move',
      to: { row: 2, column: 3 },
    });
    expect(gridAction(press('Tab'), { row: 0, column: 3 }, 3, 4)).toEqual({ kind: 'move', to: { row: 1, column: 0 } });
    expect(gridAction(press('Tab', { shift: true }), { row: 1, column: 0 }, 3, 4)).toEqual({
      kind: 'move',
      to: { row: 0, column: 3 },
    });
    expect(gridAction(press('Tab'), { row: 2, column: 3 }, 3, 4)).toEqual({ kind: 'leave' });
    expect(gridAction(press('Tab', { shift: true }), { row: 0, column: 0 }, 3, 4)).toEqual({ kind: 'leave' });
  });

  it('sets 1–5, clears with Delete or Backspace, opens the details with F2, and leaves other keys alone', () => {
    expect(gridAction(press('4'), middle, 3, 4)).toEqual({ kind: 'set', value: 4 });
    expect(gridAction(press('Delete'), middle, 3, 4)).toEqual({ kind: 'set', value: undefined });
    expect(gridAction(press('Backspace'), middle, 3, 4)).toEqual({ kind: 'set', value: undefined });
    expect(gridAction(press('F2'), middle, 3, 4)).toEqual({ kind: 'details' });
    for (const key of ['0', '6', 'a', 'Escape']) expect(gridAction(press(key), middle, 3, 4)).toBeUndefined();
    expect(gridAction(press('z', { modified: true }), middle, 3, 4)).toBeUndefined();
    expect(gridAction(press('ArrowDown', { modified: true }), middle, 3, 4)).toBeUndefined();
  });
});
