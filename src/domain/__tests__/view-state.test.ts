import { describe, expect, it } from 'vitest';
import { EMPTY_PARAMS, type RawParams, type ViewContext } from '../view-state';
import { decodeViewState, encodeViewState } from '../view-state-codec';
import { migrateParams, type Migration } from '../view-state-migrations';

const criterionIds = ['cost', 'performance', 'flexibility'];
const context: ViewContext = {
  routeIds: new Set(['gpu', 'asic', 'fpga', 'llm-pretraining', 'task-fine-tuning']),
  trendIds: new Set(['ai-chips', 'generative-ai']),
  tagIds: new Set(['edge', 'cloud']),
  columnIds: new Set(['route', 'trend', ...criterionIds, 'overall']),
  criterionIds,
};
const params = (values: Partial<RawParams>): RawParams => ({ ...EMPTY_PARAMS, ...values });

describe('decodeViewState', () => {
  it('reads a full link', () => {
    const { state, problems } = decodeViewState(
      params({
        v: '1',
        lang: 'zh',
        view: 'compare',
        trend: 'ai-chips',
        q: 'GPU 显卡',
        sort: 'cost.desc,performance.asc',
        sel: 'gpu,asic',
        base: 'gpu',
        w: 'cost:50,performance:30,flexibility:20',
      }),
      context,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      lang: 'zh',
      view: 'compare',
      trendIds: ['ai-chips'],
      tagIds: [],
      ranges: {},
      groupByTrend: false,
      query: 'GPU 显卡',
      sorting: [
        { id: 'cost', desc: true },
        { id: 'performance', desc: false },
      ],
      selection: ['gpu', 'asic'],
      baseline: 'gpu',
      weights: { cost: 50, performance: 30, flexibility: 20 },
    });
  });

  it('drops only the broken parts of a hand-edited link and says which', () => {
    const { state, problems } = decodeViewState(
      params({
        lang: 'fr',
        sel: 'gpu,quantum,asic',
        w: 'cost:abc',
        sort: 'price.desc,performance.desc',
        trend: 'ai-chips',
      }),
      context,
    );
    expect(problems).toEqual([
      { param: 'lang', value: 'fr', reason: 'unknownLanguage' },
      { param: 'sort', value: 'price.desc', reason: 'unknownColumn' },
      { param: 'sel', value: 'quantum', reason: 'unknownRoute' },
      { param: 'w', value: 'cost:abc', reason: 'badWeights' },
    ]);
    expect(state.lang).toBeUndefined();
    expect(state.selection).toEqual(['gpu', 'asic']);
    expect(state.sorting).toEqual([{ id: 'performance', desc: true }]);
    expect(state.weights).toBeUndefined();
    expect(state.trendIds).toEqual(['ai-chips']);
  });

  it('keeps four routes, the first four picked', () => {
    const { state, problems } = decodeViewState(
      params({ sel: 'gpu,asic,fpga,llm-pretraining,task-fine-tuning' }),
      context,
    );
    expect(state.selection).toEqual(['gpu', 'asic', 'fpga', 'llm-pretraining']);
    expect(problems).toEqual([{ param: 'sel', value: 'task-fine-tuning', reason: 'tooManyRoutes' }]);
  });

  it('rescales weights that do not sum to 100 and ignores unknown criteria', () => {
    const { state, problems } = decodeViewState(params({ w: 'cost:2,performance:1,flexibility:1,speed:5' }), context);
    expect(state.weights).toEqual({ cost: 50, performance: 25, flexibility: 25 });
    expect(problems.map((problem) => problem.reason)).toEqual(['unknownCriterion', 'weightsRescaled']);
  });

  it('drops a baseline that is not selected, a bad view and a malformed sort', () => {
    const { state, problems } = decodeViewState(
      params({ sel: 'gpu', base: 'asic', view: 'chart', sort: 'cost' }),
      context,
    );
    expect(state.baseline).toBeUndefined();
    expect(state.view).toBe('explore');
    expect(state.sorting).toEqual([]);
    expect(problems.map((problem) => problem.reason)).toEqual(['unknownView', 'badSort', 'baselineNotSelected']);
  });

  it('reads tag facets, score ranges and grouping, and drops bad ones', () => {
    const { state, problems } = decodeViewState(
      params({
        tag: 'edge,fog',
        range: 'cost:3-5,overall:3.5-5,performance:4-2,speed:1-5,flexibility:0-5,flexibility:1.5-4',
        group: 'trend',
      }),
      context,
    );
    expect(state.tagIds).toEqual(['edge']);
    expect(state.ranges).toEqual({ cost: [3, 5], overall: [3.5, 5] });
    expect(state.groupByTrend).toBe(true);
    expect(problems).toEqual([
      { param: 'tag', value: 'fog', reason: 'unknownTag' },
      { param: 'range', value: 'performance:4-2', reason: 'badRange' },
      { param: 'range', value: 'speed:1-5', reason: 'badRange' },
      { param: 'range', value: 'flexibility:0-5', reason: 'badRange' },
      { param: 'range', value: 'flexibility:1.5-4', reason: 'badRange' },
    ]);
    expect(encodeViewState(state, criterionIds)).toMatchObject({
      tag: 'edge',
      range: 'cost:3-5,overall:3.5-5',
      group: 'trend',
    });
    expect(decodeViewState(params({ group: 'tags' }), context).problems).toEqual([
      { param: 'group', value: 'tags', reason: 'unknownGroup' },
    ]);
  });
});

describe('encodeViewState', () => {
  it('writes language-independent ids, leaves defaults out, and round-trips', () => {
    const { state } = decodeViewState(
      params({ view: 'decide', sort: 'performance.desc', sel: 'fpga,gpu', w: 'cost:10,performance:60,flexibility:30' }),
      context,
    );
    const encoded = encodeViewState(state, criterionIds);
    expect(encoded).toEqual({
      ...EMPTY_PARAMS,
      v: '1',
      view: 'decide',
      sort: 'performance.desc',
      sel: 'fpga,gpu',
      w: 'cost:10,performance:60,flexibility:30',
    });
    expect(decodeViewState(encoded, context)).toEqual({ state, problems: [] });
  });

  it('leaves balanced weights out', () => {
    const { state } = decodeViewState(params({ w: 'cost:1,performance:1,flexibility:1' }), context);
    expect(encodeViewState(state, criterionIds).w).toBeNull();
  });
});

describe('migrateParams', () => {
  it('reads a first-dashboard link (no v, only lang) as version 1', () => {
    expect(migrateParams({ lang: 'zh' })).toEqual({ lang: 'zh', v: '1' });
  });

  it('runs every step from an old version up to the target', () => {
    // A future format 2 that renamed `sel` to `compare` and 3 that spelled weights with `=`:
    const migrations: Record<number, Migration> = {
      0: (raw) => ({ ...raw }),
      1: ({ sel = null, ...rest }) => ({ ...rest, compare: sel }),
      2: (raw) => ({ ...raw, w: raw.w?.replaceAll(':', '=') ?? null }),
    };
    expect(migrateParams({ v: '1', sel: 'gpu,asic', w: 'cost:60,performance:40' }, migrations, 3)).toEqual({
      v: '3',
      compare: 'gpu,asic',
      w: 'cost=60,performance=40',
    });
    expect(migrateParams({ sel: 'gpu' }, migrations, 3)).toEqual({ v: '3', compare: 'gpu', w: null });
  });

  it('leaves current, newer and unreadable versions for the decoder', () => {
    expect(migrateParams({ v: '1', q: 'gpu' })).toEqual({ v: '1', q: 'gpu' });
    expect(migrateParams({ v: '7' })).toEqual({ v: '7' });
    expect(decodeViewState(params({ v: '7' }), context).problems).toEqual([
      { param: 'v', value: '7', reason: 'newerVersion' },
    ]);
    expect(decodeViewState(params({ v: 'x' }), context).problems).toEqual([
      { param: 'v', value: 'x', reason: 'badVersion' },
    ]);
  });
});
