import { describe, expect, it } from 'vitest';
import type { QueryableRow } from '../model/route-query';
import { pinyinAnywhere } from '../model/pinyin-query';

const rowsOf = (...pinyinTexts: string[]) => pinyinTexts.map((pinyinText) => ({ pinyinText }) as QueryableRow);

describe('pinyinAnywhere', () => {
  it('finds a pinyin query in some row’s full pinyin or initials, and not elsewhere', () => {
    const rows = rowsOf('chuneng\u241fcn', '', 'guangfufangan\u241fgffa');
    expect(pinyinAnywhere(rows, 'chun')).toBe(true);
    expect(pinyinAnywhere(rows, 'gffa')).toBe(true);
    expect(pinyinAnywhere(rows, 'solar')).toBe(false);
  });

  it('never finds a query across two rows', () => {
    // "neng" ends one row and "gu" starts the next: "nenggu" is no row's.
    const rows = rowsOf('chuneng', 'guangfu');
    expect(pinyinAnywhere(rows, 'nenggu')).toBe(false);
    expect(pinyinAnywhere(rows, 'ngg')).toBe(false);
  });
});
