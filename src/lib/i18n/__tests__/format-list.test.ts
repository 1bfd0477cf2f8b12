import { describe, expect, it } from 'vitest';
import { formatList } from '../format-list';

describe('formatList', () => {
  it('joins names with the comma of each language and no "and"', () => {
    expect(formatList(['GPU', 'ASIC', 'FPGA'], 'en')).toBe('GPU, ASIC, FPGA');
    expect(formatList(['图形处理器', '专用芯片', '可编程芯片'], 'zh')).toBe('图形处理器、专用芯片、可编程芯片');
    expect(formatList(['GPU', 'ASIC'], 'zh')).toBe('GPU、ASIC');
  });

  it('gives one item as it is and no items as nothing', () => {
    expect(formatList(['GPU'], 'en')).toBe('GPU');
    expect(formatList([], 'zh')).toBe('');
  });
});
