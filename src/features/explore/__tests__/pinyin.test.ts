import { describe, expect, it } from 'vitest';
import { isPinyinReady, loadPinyin, pinyinKeys, pinyinMatch } from '../model/pinyin';

describe('pinyin', () => {
  it('gives full pinyin and initials for Chinese texts once loaded', async () => {
    expect(isPinyinReady()).toBe(false);
    expect(pinyinKeys(['轻量化模型'])).toBe('');
    await loadPinyin();
    expect(pinyinKeys(['轻量化模型', 'GPU', '图形处理器'])).toBe(
      'qinglianghuamoxing\u241fqlhmx\u241ftuxingchuliqi\u241ftxclq',
    );
  });

  it('finds which characters a Latin query matches', async () => {
    await loadPinyin();
    expect(pinyinMatch('轻量化模型', 'qlh')).toEqual([0, 1, 2]);
    expect(pinyinMatch('轻量化模型', 'lianghua')).toEqual([1, 2]);
    expect(pinyinMatch('轻量化模型', 'gpu')).toBeUndefined();
    expect(pinyinMatch('GPU', 'gpu')).toBeUndefined();
  });
});

describe('warmPinyinKeys', () => {
  it('builds every Chinese name’s keys in slices, then says it is done', async () => {
    const { bundledEdition } = await import('../../../../tests/property/generators');
    const { buildRouteRows } = await import('../model/route-rows');
    const { pinyinKeysReady, warmPinyinKeys } = await import('../model/search-keys');
    const edition = bundledEdition();
    await loadPinyin();
    // Rows built before the keys read no pinyin, and read it once the keys are built.
    const rows = buildRouteRows(edition, 'en');
    expect(rows.every((row) => row.pinyinText === '')).toBe(true);
    expect(pinyinKeysReady(edition)).toBe(false);
    await new Promise<void>((resolve) => warmPinyinKeys(edition, resolve));
    expect(pinyinKeysReady(edition)).toBe(true);
    const lightweight = rows.find((row) => row.id === 'lightweight-models');
    expect(lightweight?.pinyinText).toContain('qinglianghuamoxing');
    expect(rows.every((row) => row.pinyinText !== '')).toBe(true);
  });

  it('lets a search made before the keys were built narrow nothing after', async () => {
    const { bundledEdition } = await import('../../../../tests/property/generators');
    const { buildRouteRows } = await import('../model/route-rows');
    const { queryRoutes } = await import('../model/route-query');
    const { warmPinyinKeys } = await import('../model/search-keys');
    const edition = bundledEdition();
    await loadPinyin();
    const rows = buildRouteRows(edition, 'en');
    const collator = new Intl.Collator('en');
    const search = (query: string) =>
      queryRoutes(rows, { trendIds: [], tagIds: [], ranges: {}, query, sorting: [] }, collator).rows.map(
        (row) => row.id,
      );
    // 轻量化模型 in pinyin: no route's text holds these letters, so before its keys nothing matches.
    expect(search('qingl')).toEqual([]);
    await new Promise<void>((resolve) => warmPinyinKeys(edition, resolve));
    // Typing on would only test the rows the last search matched: none, had it not been forgotten.
    expect(search('qinglianghua')).toEqual(['lightweight-models']);
  });

  it('stops when asked, before it is done', async () => {
    const { bundledEdition } = await import('../../../../tests/property/generators');
    const { warmPinyinKeys } = await import('../model/search-keys');
    await loadPinyin();
    let done = false;
    const stop = warmPinyinKeys(bundledEdition(), () => {
      done = true;
    });
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
  });
});
