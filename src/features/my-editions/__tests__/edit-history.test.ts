import { describe, expect, it } from 'vitest';
import { COALESCE_MS, MAX_UNDO_STEPS, emptyHistory, recordEdit, redoEdit, undoEdit } from '../model/edit-history';

describe('edit history', () => {
  it('undoes and redoes edits one step at a time', () => {
    let history = emptyHistory<string>();
    history = recordEdit(history, 'a', undefined, 0);
    history = recordEdit(history, 'b', undefined, 10);
    // present is 'c'
    const first = undoEdit(history, 'c');
    expect(first?.state).toBe('b');
    const second = undoEdit(first!.history, 'b');
    expect(second?.state).toBe('a');
    expect(undoEdit(second!.history, 'a')).toBeUndefined();
    const again = redoEdit(second!.history, 'a');
    expect(again?.state).toBe('b');
    expect(redoEdit(again!.history, 'b')?.state).toBe('c');
  });

  it('groups typing in one field into one step while the pauses are short', () => {
    let history = emptyHistory<string>();
    history = recordEdit(history, '', 'title.en', 0); // '' → 'W'
    history = recordEdit(history, 'W', 'title.en', 400); // → 'Wh'
    history = recordEdit(history, 'Wh', 'title.en', 1300); // 900 ms after the last keystroke: same step
    expect(history.past).toEqual(['']);
    history = recordEdit(history, 'Whi', 'title.en', 1300 + COALESCE_MS); // a full second later: a new step
    expect(history.past).toEqual(['', 'Whi']);
  });

  it('starts a new step for another field, an edit without a group, and after an undo', () => {
    let history = emptyHistory<string>();
    history = recordEdit(history, 'a', 'title.en', 0);
    history = recordEdit(history, 'b', 'title.zh', 10);
    history = recordEdit(history, 'c', undefined, 20);
    history = recordEdit(history, 'd', undefined, 30);
    expect(history.past).toEqual(['a', 'b', 'c', 'd']);
    const undone = undoEdit(history, 'e')!;
    const after = recordEdit(undone.history, 'd', 'title.zh', 40);
    const next = recordEdit(after, 'd2', 'title.zh', 50);
    expect(next.past).toEqual(['a', 'b', 'c', 'd']);
  });

  it('forgets the redo steps on a new edit, and keeps at most the newest steps', () => {
    let history = emptyHistory<number>();
    history = recordEdit(history, 0, undefined, 0);
    const undone = undoEdit(history, 1)!;
    expect(undone.history.future).toEqual([1]);
    expect(recordEdit(undone.history, 0, undefined, 5).future).toEqual([]);
    let long = emptyHistory<number>();
    for (let i = 0; i < MAX_UNDO_STEPS + 5; i += 1) long = recordEdit(long, i, undefined, i);
    expect(long.past).toHaveLength(MAX_UNDO_STEPS);
    expect(long.past[0]).toBe(5);
  });
});
