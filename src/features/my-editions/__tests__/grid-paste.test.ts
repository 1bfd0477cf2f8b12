import { describe, expect, it } from 'vitest';
import { parseGridText, pastedScore, pasteIntoGrid } from '../model/grid-paste';
import { databaseEdition } from './editor-fixture';

describe('parseGridText', () => {
  it('reads rows and tab-separated cells, with either newline and a trailing one', () => {
    expect(parseGridText('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseGridText('5\n\t2')).toEqual([['5'], ['', '2']]);
    expect(parseGridText('4')).toEqual([['4']]);
  });
});

describe('pastedScore', () => {
  it.each([
    ['3', 3],
    [' 5 ', 5],
    ['４', 4],
    ['2.0', 2],
    ['', undefined],
    ['  ', undefined],
    ['0', null],
    ['6', null],
    ['2.5', null],
    ['high', null],
    ['-1', null],
  ])('%j → %j', (cell, expected) => {
    expect(pastedScore(cell)).toBe(expected);
  });
});

describe('pasteIntoGrid', () => {
  const values = (edition: ReturnType<typeof databaseEdition>) =>
    edition.routes.map((route) => edition.criteria.map((criterion) => route.scores[criterion.id]?.value ?? null));

  it('fills a 3 × 4 block from the first cell, blanks clearing', () => {
    const result = pasteIntoGrid(databaseEdition(), { row: 0, column: 0 }, '1\t2\t3\t4\n5\t\t1\t2\n3\t3\t3\t3\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(values(result.edition)).toEqual([
      [1, 2, 3, 4],
      [5, null, 1, 2],
      [3, 3, 3, 3],
    ]);
    expect(result).toMatchObject({ rows: 3, columns: 4, clipped: false });
    // The reason and cites of a cell stay when its value changes.
    expect(result.edition.routes[0]?.scores.latency).toEqual({ value: 1, cites: ['strengths[0]'] });
  });

  it('leaves out what lies past the grid’s edge and says so', () => {
    const result = pasteIntoGrid(databaseEdition(), { row: 2, column: 3 }, '2\t9\n4\t4');
    expect(result).toMatchObject({ ok: true, rows: 1, columns: 1, clipped: true });
    if (result.ok) expect(result.edition.routes[2]?.scores['lock-in']?.value).toBe(2);
  });

  it('refuses the whole block when a cell is not a score, naming each such cell', () => {
    const edition = databaseEdition();
    const result = pasteIntoGrid(edition, { row: 1, column: 1 }, '3\tten\n0\t2');
    expect(result).toEqual({
      ok: false,
      refused: [
        { row: 1, column: 2, got: 'ten' },
        { row: 2, column: 1, got: '0' },
      ],
    });
  });
});
