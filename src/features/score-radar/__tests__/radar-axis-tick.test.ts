import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../components/radar-axis-tick';

describe('wrapLabel', () => {
  it('breaks Latin text between words', () => {
    expect(wrapLabel('Cost efficiency')).toEqual(['Cost', 'efficiency']);
    expect(wrapLabel('Performance')).toEqual(['Performance']);
  });

  it('breaks Chinese text between characters, two units each', () => {
    expect(wrapLabel('成本优势')).toEqual(['成本优势']);
    expect(wrapLabel('十六个字的中文坐标轴标签用来测试换行', 14, 3)).toEqual([
      '十六个字的中文',
      '坐标轴标签用来',
      '测试换行',
    ]);
  });

  it('keeps two lines by default and ends a cut label with an ellipsis', () => {
    expect(wrapLabel('十六个字的中文坐标轴标签用来测试换行')).toEqual(['十六个字的中文', '坐标轴标签用…']);
    expect(wrapLabel('Total cost of ownership over five years')).toEqual(['Total cost of', 'ownership ove…']);
  });
});
