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
    const { warmPinyinKeys } = await import('../model/search-keys');
    const edition = bundledEdition();
    await loadPinyin();
    await new Promise<void>((resolve) => warmPinyinKeys(edition, resolve));
    const rows = buildRouteRows(edition, 'en', undefined, { withPinyin: true });
    const lightweight = rows.find((row) => row.id === 'lightweight-models');
    expect(lightweight?.pinyinText).toContain('qinglianghuamoxing');
    expect(rows.every((row) => row.pinyinText !== '')).toBe(true);
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
