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
