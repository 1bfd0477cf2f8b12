import { describe, expect, it } from 'vitest';
import { fullViewUrl, isEmbedAddress, radarTrend, readEmbedKind } from '../model/embed-request';

const TRENDS = ['generative-ai', 'ai-chips', 'multimodal-learning'];

describe('what an embed address asks for', () => {
  it('is an embed whenever `embed` is in the query, whatever its value', () => {
    expect(isEmbedAddress('?embed=radar&trend=ai-chips')).toBe(true);
    expect(isEmbedAddress('?lang=zh&embed=')).toBe(true);
    expect(isEmbedAddress('?lang=zh&view=decide')).toBe(false);
    expect(isEmbedAddress('')).toBe(false);
  });

  it('reads the three parts, forgiving case and blanks, and nothing else', () => {
    expect(readEmbedKind('radar')).toEqual({ ok: true, kind: 'radar' });
    expect(readEmbedKind(' Table ')).toEqual({ ok: true, kind: 'table' });
    expect(readEmbedKind('DECIDE')).toEqual({ ok: true, kind: 'decide' });
    expect(readEmbedKind('chart')).toEqual({ ok: false });
    expect(readEmbedKind('')).toEqual({ ok: false });
  });
});

describe("a radar embed's trend", () => {
  it('is the one trend the address names', () => {
    expect(radarTrend(['ai-chips'], TRENDS)).toEqual({ ok: true, trendId: 'ai-chips' });
    expect(radarTrend(['ai-chips', 'ai-chips'], TRENDS)).toEqual({ ok: true, trendId: 'ai-chips' });
  });

  it('must be named when the edition has several, and need not be when it has one', () => {
    expect(radarTrend([], TRENDS)).toEqual({ ok: false, problem: 'noTrend' });
    expect(radarTrend([], ['sql'])).toEqual({ ok: true, trendId: 'sql' });
  });

  it('is refused when unknown or when several are named', () => {
    expect(radarTrend(['quantum'], TRENDS)).toEqual({ ok: false, problem: 'unknownTrend' });
    expect(radarTrend(['ai-chips', 'quantum'], TRENDS)).toEqual({ ok: false, problem: 'unknownTrend' });
    expect(radarTrend(['ai-chips', 'generative-ai'], TRENDS)).toEqual({ ok: false, problem: 'severalTrends' });
  });
});

describe('the full view of an embed', () => {
  it('is the same address without `embed`, the view params and a carried comparison kept', () => {
    expect(fullViewUrl('https://example.org/atlas/?embed=radar&trend=ai-chips&lang=zh&w=cost:50,performance:50')).toBe(
      'https://example.org/atlas/?trend=ai-chips&lang=zh&w=cost:50,performance:50',
    );
    expect(fullViewUrl('https://example.org/?embed=table')).toBe('https://example.org/');
  });

  it("is Decide for a ranking's embed, unless the address names a view", () => {
    expect(fullViewUrl('https://example.org/?embed=decide&sel=gpu,asic', 'decide')).toBe(
      'https://example.org/?sel=gpu,asic&view=decide',
    );
    expect(fullViewUrl('https://example.org/?view=compare&embed=decide', 'decide')).toBe(
      'https://example.org/?view=compare',
    );
    expect(fullViewUrl('https://example.org/?ed=c-1&embed=table#c1.eJyrVg')).toBe(
      'https://example.org/?ed=c-1#c1.eJyrVg',
    );
  });
});
