import { normalizeForSearch } from '../../../domain/locale';
import { describe, expect, it } from 'vitest';
import { MATCH_QUALITY, queryRoutes, type QueryableRow, type RouteQuery } from '../model/route-query';
import { pinyinQuery } from '../model/pinyin-query';

const en = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const zh = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

function row(id: string, options: Partial<QueryableRow> & { name?: string } = {}): QueryableRow {
  const name = options.name ?? id;
  return {
    id,
    trendId: options.trendId ?? 'chips',
    tagIds: options.tagIds ?? [],
    scores: options.scores ?? {},
    overall: options.overall,
    searchText: options.searchText ?? normalizeForSearch(name),
    nameKeys: options.nameKeys ?? [normalizeForSearch(name)],
    pinyinText: options.pinyinText ?? '',
    sortText: { route: name, trend: options.trendId ?? 'chips' },
  };
}
const none: RouteQuery = { trendIds: [], tagIds: [], ranges: {}, query: '', sorting: [] };
const ids = (rows: readonly QueryableRow[]) => rows.map((item) => item.id);

describe('sorting', () => {
  it('case 1: missing values sort last in both directions (cost 3, blank, null, 1)', () => {
    // A blank cell and a null both arrive as "no score".
    const rows = [
      row('three', { scores: { cost: 3 } }),
      row('blank', { scores: { cost: undefined } }),
      row('null', { scores: {} }),
      row('one', { scores: { cost: 1 } }),
    ];
    const sorted = (desc: boolean) =>
      queryRoutes(rows, { ...none, sorting: [{ id: 'cost', desc }] }, en).rows.map((item) => item.scores.cost ?? '—');
    expect(sorted(false)).toEqual([1, 3, '—', '—']);
    expect(sorted(true)).toEqual([3, 1, '—', '—']);
  });

  it('case 2: names sort naturally (Route 2 before Route 10)', () => {
    const rows = ['Route 10', 'Route 2', 'Route B', '2-stage', 'Alpha'].map((name) => row(name, { name }));
    expect(ids(queryRoutes(rows, { ...none, sorting: [{ id: 'route', desc: false }] }, en).rows)).toEqual([
      '2-stage',
      'Alpha',
      'Route 2',
      'Route 10',
      'Route B',
    ]);
  });

  it('sorts Chinese by pinyin with the zh collation', () => {
    const rows = ['风电', '光伏', '储能', '氢能', '核能'].map((name) => row(name, { name }));
    expect(ids(queryRoutes(rows, { ...none, sorting: [{ id: 'route', desc: false }] }, zh).rows)).toEqual([
      '储能',
      '风电',
      '光伏',
      '核能',
      '氢能',
    ]);
  });

  it('breaks ties by the next key, then by data order', () => {
    const rows = [
      row('a', { scores: { cost: 2, performance: 1 } }),
      row('b', { scores: { cost: 2, performance: 5 } }),
      row('c', { scores: { cost: 4, performance: 1 } }),
      row('d', { scores: { cost: 2, performance: 5 } }),
    ];
    const sorting = [
      { id: 'cost', desc: false },
      { id: 'performance', desc: true },
    ];
    expect(ids(queryRoutes(rows, { ...none, sorting }, en).rows)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('filters and facets', () => {
  const rows = [
    row('gpu', { trendId: 'chips', tagIds: ['general'], scores: { cost: 2 }, overall: 3.7 }),
    row('asic', { trendId: 'chips', tagIds: ['specific', 'low-power'], scores: { cost: 3 }, overall: 3 }),
    row('lite', { trendId: 'gen', tagIds: ['edge'], scores: { cost: 5 }, overall: 3.3 }),
    row('llm', { trendId: 'gen', tagIds: ['general'], scores: { cost: 1 }, overall: 3.7 }),
  ];

  it('combines trend, tag and range filters, counting each facet under the other filters', () => {
    const result = queryRoutes(
      rows,
      { ...none, trendIds: ['chips'], tagIds: ['general'], ranges: { cost: [2, 5] } },
      en,
    );
    expect(ids(result.rows)).toEqual(['gpu']);
    // Trend counts ignore the trend filter: general-tagged, cost 2–5 → gpu only (llm has cost 1).
    expect(Object.fromEntries(result.trendCounts)).toEqual({ chips: 1 });
    // Tag counts ignore the tag filter: chips with cost 2–5 → gpu and asic.
    expect(Object.fromEntries(result.tagCounts)).toEqual({ general: 1, specific: 1, 'low-power': 1 });
  });

  it('counts what each facet toggle would show if flipped: AI chips and Edge both on', () => {
    // As in the bundled edition: AI chips has no edge route, generative AI has one.
    const facetRows = [
      row('gpu', { trendId: 'chips', tagIds: ['general'] }),
      row('asic', { trendId: 'chips', tagIds: ['specific', 'low-power'] }),
      row('fpga', { trendId: 'chips', tagIds: ['custom'] }),
      row('lite', { trendId: 'gen', tagIds: ['edge'] }),
      row('llm', { trendId: 'gen', tagIds: ['general', 'large'] }),
      row('clip', { trendId: 'multi', tagIds: ['zero-shot'] }),
    ];
    const result = queryRoutes(facetRows, { ...none, trendIds: ['chips'], tagIds: ['edge'] }, en);
    expect(ids(result.rows)).toEqual([]);
    // Clearing AI chips leaves every trend: lite; adding generative AI brings lite; multimodal has no edge route.
    expect(Object.fromEntries(result.trendToggleCounts)).toEqual({ chips: 1, gen: 1, multi: 0 });
    expect(result.allTrendsCount).toBe(1);
    // Clearing Edge shows all three chips; adding a tag adds the chips routes carrying it.
    expect(Object.fromEntries(result.tagToggleCounts)).toEqual({
      edge: 3,
      general: 1,
      specific: 1,
      'low-power': 1,
      custom: 1,
      large: 0,
      'zero-shot': 0,
    });
  });

  it('counts a tag toggle by the routes it adds or alone keeps, not by all routes carrying it', () => {
    const facetRows = [
      row('a', { tagIds: ['x', 'y'] }),
      row('b', { tagIds: ['x'] }),
      row('c', { tagIds: ['y'] }),
      row('d', { tagIds: ['z'] }),
    ];
    const result = queryRoutes(facetRows, { ...none, tagIds: ['x', 'y'] }, en);
    expect(ids(result.rows)).toEqual(['a', 'b', 'c']);
    // Clearing x loses only b (a keeps y); clearing y loses only c; adding z brings d.
    expect(Object.fromEntries(result.tagToggleCounts)).toEqual({ x: 2, y: 2, z: 4 });
    // With no tag selected, a toggle narrows to its own routes.
    expect(Object.fromEntries(queryRoutes(facetRows, none, en).tagToggleCounts)).toEqual({ x: 2, y: 2, z: 1 });
    // The same past 32 distinct tags, where tags are read from the rows instead of bit masks.
    const many = [...facetRows, row('e', { tagIds: Array.from({ length: 31 }, (_, index) => `t${index}`) })];
    const counts = queryRoutes(many, { ...none, tagIds: ['x', 'y'] }, en).tagToggleCounts;
    expect([counts.get('x'), counts.get('y'), counts.get('z'), counts.get('t0')]).toEqual([2, 2, 4, 4]);
  });

  it('filters on the overall score and leaves out rows without a value', () => {
    const withMissing = [...rows, row('unscored', { trendId: 'gen' })];
    expect(ids(queryRoutes(withMissing, { ...none, ranges: { overall: [3.5, 5] } }, en).rows)).toEqual(['gpu', 'llm']);
  });
});

describe('search', () => {
  it('case 3: full-width input finds half-width names', () => {
    const rows = [
      row('base-station', { name: '5G 基站方案' }),
      row('scheduler', { name: 'AI 调度方案' }),
      row('other'),
    ];
    expect(ids(queryRoutes(rows, { ...none, query: '５Ｇ' }, zh).rows)).toEqual(['base-station']);
    expect(ids(queryRoutes(rows, { ...none, query: 'ａｉ' }, zh).rows)).toEqual(['scheduler']);
  });

  it('matches pinyin and initials of Chinese names', () => {
    const lite = row('lite', { name: '轻量化模型', pinyinText: 'qinglianghuamoxing\u241fqlhmx' });
    const rows = [row('gpu', { name: 'GPU' }), lite];
    expect(ids(queryRoutes(rows, { ...none, query: 'qinglianghua' }, zh).rows)).toEqual(['lite']);
    expect(ids(queryRoutes(rows, { ...none, query: 'QLH' }, zh).rows)).toEqual(['lite']);
    expect(queryRoutes(rows, { ...none, query: 'qlh' }, zh).quality.get('lite')).toBe(MATCH_QUALITY.pinyin);
    expect(pinyinQuery('qing liang')).toBe('qingliang');
    expect(pinyinQuery('5g')).toBe('');
  });

  it('ranks exact names, then prefixes, then names containing it, then other text', () => {
    const rows = [
      row('text', { name: 'ASIC', searchText: 'asic␟needs a gpu host' }),
      row('contains', { name: 'Edge GPU' }),
      row('prefix', { name: 'GPU cluster' }),
      row('exact', { name: 'GPU' }),
    ];
    const result = queryRoutes(rows, { ...none, query: 'gpu' }, en);
    expect(ids(result.rows)).toEqual(['exact', 'prefix', 'contains', 'text']);
    // An explicit sort wins over match quality.
    expect(ids(queryRoutes(rows, { ...none, query: 'gpu', sorting: [{ id: 'route', desc: false }] }, en).rows)).toEqual(
      ['text', 'contains', 'exact', 'prefix'],
    );
  });
});
