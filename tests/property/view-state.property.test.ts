import { LOCALES } from '../../src/domain/locale';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { equalPercentWeights } from '../../src/features/decide/model/decide';
import { RESERVED_CRITERION_IDS } from '../../src/domain/edition/schema';
import {
  EMPTY_PARAMS,
  MAX_QUERY_LENGTH,
  MAX_SELECTION,
  PARAM_KEYS,
  VIEW_IDS,
  type ParamKey,
  type RawParams,
  type UrlProblem,
  type ViewContext,
  type ViewState,
} from '../../src/domain/view-state';
import { decodeViewState, encodeViewState } from '../../src/domain/view-state-codec';
import { migrateParams } from '../../src/domain/view-state-migrations';
import { migrateCurrentUrl, shareableUrl } from '../../src/lib/url-state';
import { awkwardText, bundledEdition, numberText, RUNS } from './generators';

const edition = bundledEdition();
const criterionIds = edition.criteria.map((criterion) => criterion.id);
// As useViewState builds it: the table's fixed columns and one per criterion are sortable.
const routeIds = new Set(edition.routes.map((route) => route.id));
const context: ViewContext = {
  routeIds,
  trendIds: new Set(edition.trends.map((trend) => trend.id)),
  tagIds: new Set(edition.tags.map((tag) => tag.id)),
  columnIds: new Set([...RESERVED_CRITERION_IDS, ...criterionIds]),
  criterionIds,
};
const knownIds = [...routeIds, ...context.trendIds, ...context.tagIds, ...context.columnIds, ...VIEW_IDS, ...LOCALES];

// Mostly ids the edition knows (so the valid paths are taken often), with near misses and garbage.
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownIds) },
  { weight: 1, arbitrary: fc.constantFrom(...knownIds).map((id) => id.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom(...knownIds).map((id) => ` ${id} `) },
  { weight: 1, arbitrary: fc.constantFrom('en-GB', 'zh-TW', 'ZH', 'fr', 'trend', 'tags', '-', '.', ':') },
  { weight: 2, arbitrary: awkwardText },
  { weight: 1, arbitrary: numberText },
);
const criterionOrJunk = fc.oneof(fc.constantFrom(...criterionIds, 'overall'), token);
const item: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: token },
  // range=cost:3-5
  { weight: 2, arbitrary: fc.tuple(criterionOrJunk, numberText, numberText).map(([id, a, b]) => `${id}:${a}-${b}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(criterionOrJunk, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
      .map(([id, a, b]) => `${id}:${a}-${b}`),
  },
  // w=cost:50
  { weight: 2, arbitrary: fc.tuple(criterionOrJunk, numberText).map(([id, amount]) => `${id}:${amount}`) },
  // w=cost:33.3334: the precision a link may carry, where rounding and rescaling meet
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...criterionIds), fc.integer({ min: 0, max: 1_000_000 }))
      .map(([id, amount]) => `${id}:${amount / 10_000}`),
  },
  // sort=cost.desc
  {
    weight: 2,
    arbitrary: fc.tuple(token, fc.constantFrom('asc', 'desc', 'up', '')).map(([id, dir]) => `${id}.${dir}`),
  },
);
const paramValue: fc.Arbitrary<string> = fc.oneof(
  fc.array(item, { maxLength: 7 }).map((items) => items.join(',')),
  token,
  fc.string({ maxLength: 400 }),
);
const rawParams: fc.Arbitrary<RawParams> = fc.record(
  Object.fromEntries(PARAM_KEYS.map((key) => [key, fc.option(paramValue, { nil: null })])) as Record<
    ParamKey,
    fc.Arbitrary<string | null>
  >,
);

// encodeURIComponent refuses a lone surrogate; such text then goes into the link as it is.
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

// A whole query string as typed or mangled: repeated keys, unknown keys, raw and encoded values.
const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PARAM_KEYS), awkwardText),
      paramValue,
      fc.constantFrom<'encoded' | 'raw'>('encoded', 'raw'),
    ),
    { maxLength: 16 },
  )
  .map((pairs) =>
    pairs
      .map(([key, value, style]) => (style === 'encoded' ? `${encoded(key)}=${encoded(value)}` : `${key}=${value}`))
      .join('&'),
  );

/** The raw params nuqs hands the codec for a query string: the first value of each key, migrated. */
function paramsOf(search: string): RawParams {
  const url = new URLSearchParams(search);
  const present = Object.fromEntries(PARAM_KEYS.filter((key) => url.has(key)).map((key) => [key, url.get(key)]));
  return { ...EMPTY_PARAMS, ...migrateParams(present) };
}

/** The comma-list items of a raw param as the codec reads them. */
function items(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function expectValid(state: ViewState): void {
  expect(state.lang === undefined || (LOCALES as readonly string[]).includes(state.lang)).toBe(true);
  expect(VIEW_IDS).toContain(state.view);
  for (const id of state.trendIds) expect(context.trendIds.has(id)).toBe(true);
  for (const id of state.tagIds) expect(context.tagIds.has(id)).toBe(true);
  expect(new Set(state.trendIds).size).toBe(state.trendIds.length);
  expect(new Set(state.tagIds).size).toBe(state.tagIds.length);
  for (const [id, [min, max]] of Object.entries(state.ranges)) {
    expect(id === 'overall' || criterionIds.includes(id)).toBe(true);
    expect(1 <= min && min <= max && max <= 5).toBe(true);
    // Criterion scores are whole numbers; only the overall takes fractions.
    if (id !== 'overall') expect(Number.isInteger(min) && Number.isInteger(max)).toBe(true);
  }
  expect(Array.from(state.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  for (const key of state.sorting) expect(context.columnIds.has(key.id)).toBe(true);
  expect(new Set(state.sorting.map((key) => key.id)).size).toBe(state.sorting.length);
  expect(state.selection.length).toBeLessThanOrEqual(MAX_SELECTION);
  expect(new Set(state.selection).size).toBe(state.selection.length);
  for (const id of state.selection) expect(context.routeIds.has(id)).toBe(true);
  if (state.baseline !== undefined) expect(state.selection).toContain(state.baseline);
  if (state.weights !== undefined) {
    expect(Object.keys(state.weights).sort()).toEqual([...criterionIds].sort());
    const values = Object.values(state.weights);
    for (const value of values) expect(Number.isFinite(value) && value >= 0).toBe(true);
    expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(100, 9);
  }
}

function reported(problems: readonly UrlProblem[], param: ParamKey, value?: string): boolean {
  return problems.some((problem) => problem.param === param && (value === undefined || problem.value === value));
}

/** Every part of the link that did not make it into the state is named in `problems`. */
function expectDropsReported(raw: RawParams, state: ViewState, problems: readonly UrlProblem[]): void {
  const lists = [
    ['trend', state.trendIds],
    ['tag', state.tagIds],
    ['sel', state.selection],
  ] as const;
  for (const [param, kept] of lists) {
    for (const part of items(raw[param])) {
      if (!kept.includes(part)) expect(reported(problems, param, part), `${param}=${part}`).toBe(true);
    }
  }
  // Each range is kept or reported (a second range on one column too), never dropped silently.
  const rangeProblems = problems.filter((problem) => problem.param === 'range').length;
  expect(Object.keys(state.ranges).length + rangeProblems).toBe(items(raw.range).length);
  for (const part of items(raw.sort)) {
    // A second key on a column already sorted by is a duplicate, dropped like a repeated id.
    const column = /^(.+)\.(asc|desc)$/.exec(part)?.[1];
    if (column === undefined || !state.sorting.some((key) => key.id === column)) {
      expect(reported(problems, 'sort', part), `sort=${part}`).toBe(true);
    }
  }
  if (raw.lang !== null && state.lang === undefined) expect(reported(problems, 'lang')).toBe(true);
  if (raw.view !== null && raw.view !== state.view) expect(reported(problems, 'view')).toBe(true);
  if (raw.group !== null && !state.groupByTrend) expect(reported(problems, 'group')).toBe(true);
  if (raw.base !== null && raw.base !== '' && state.baseline === undefined)
    expect(reported(problems, 'base')).toBe(true);
  if (raw.w !== null && raw.w !== '' && state.weights === undefined) expect(reported(problems, 'w')).toBe(true);
  if (raw.q !== null && raw.q !== state.query) expect(reported(problems, 'q')).toBe(true);
}

/** Weights as the page uses them: a missing set means equal weights. */
function effectiveWeights(state: ViewState): Readonly<Record<string, number>> {
  return state.weights ?? equalPercentWeights(edition.criteria);
}

describe('URL codec (properties)', () => {
  it('decodes any param record without throwing, to a valid state, naming every dropped part', () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const { state, problems } = decodeViewState(raw, context);
        expectValid(state);
        expectDropsReported(raw, state, problems);
        for (const problem of problems) expect(PARAM_KEYS).toContain(problem.param);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('decodes any query string, repeated keys and percent garbage included, to a valid state', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const raw = paramsOf(search);
        const { state, problems } = decodeViewState(raw, context);
        expectValid(state);
        expectDropsReported(raw, state, problems);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('a link of known ids keeps every one it names, duplicates and blanks aside, and reports nothing', () => {
    const ids = (known: ReadonlySet<string>, maxLength = 6) =>
      fc.array(fc.oneof(fc.constantFrom(...known), fc.constantFrom('', ' ')), { maxLength });
    const cleanLink = fc.record({
      trend: ids(context.trendIds),
      tag: ids(context.tagIds),
      // Distinct routes, at most MAX_SELECTION of them, each possibly repeated.
      sel: fc
        .uniqueArray(fc.constantFrom(...routeIds), { maxLength: MAX_SELECTION })
        .chain((picked) => fc.shuffledSubarray([...picked, ...picked])),
      q: fc.string({ unit: 'binary', maxLength: MAX_QUERY_LENGTH }),
    });
    fc.assert(
      fc.property(cleanLink, (link) => {
        const raw: RawParams = {
          ...EMPTY_PARAMS,
          trend: link.trend.join(','),
          tag: link.tag.join(','),
          sel: link.sel.join(','),
          q: link.q,
        };
        const { state, problems } = decodeViewState(raw, context);
        expect(problems).toEqual([]);
        expect(state.trendIds).toEqual([...new Set(items(raw.trend))]);
        expect(state.tagIds).toEqual([...new Set(items(raw.tag))]);
        expect(state.selection).toEqual([...new Set(items(raw.sel))]);
        expect(state.query).toBe(link.q);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('a search text longer than the limit is cut to it and reported', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: MAX_QUERY_LENGTH + 1, maxLength: 600 }), (q) => {
        fc.pre(Array.from(q).length > MAX_QUERY_LENGTH);
        const { state, problems } = decodeViewState({ ...EMPTY_PARAMS, q }, context);
        expect(Array.from(state.query)).toEqual(Array.from(q).slice(0, MAX_QUERY_LENGTH));
        expect(problems).toEqual([{ param: 'q', value: q, reason: 'queryTooLong' }]);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('the canonical link decodes cleanly to the same view, and re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.oneof(rawParams, queryString.map(paramsOf)), (raw) => {
        const first = decodeViewState(raw, context).state;
        const canonical = encodeViewState(first, criterionIds);
        const again = decodeViewState(canonical, context);

        expect(again.problems).toEqual([]);
        expect(encodeViewState(again.state, criterionIds)).toEqual(canonical);
        // Weights travel as two-decimal percentages: equal to the first decode up to that rounding.
        expect({ ...again.state, weights: undefined }).toEqual({ ...first, weights: undefined });
        const before = effectiveWeights(first);
        const after = effectiveWeights(again.state);
        for (const id of criterionIds) expect(Math.abs((after[id] ?? NaN) - (before[id] ?? NaN))).toBeLessThan(0.02);
        // From the canonical link on, the state is a fixed point.
        expect(decodeViewState(encodeViewState(again.state, criterionIds), context).state).toEqual(again.state);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('weights at the precision a link carries reach their canonical link in one step', () => {
    // Amounts near equal thirds are where two-decimal rounding meets the balanced default.
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000),
      fc.integer({ min: 333_300, max: 333_400 }).map((n) => n / 10_000),
    );
    fc.assert(
      fc.property(fc.tuple(...criterionIds.map(() => amount)), (amounts) => {
        const w = criterionIds.map((id, index) => `${id}:${amounts[index] ?? 0}`).join(',');
        const first = decodeViewState({ ...EMPTY_PARAMS, w }, context).state;
        const canonical = encodeViewState(first, criterionIds);
        const again = decodeViewState(canonical, context);
        expect(again.problems).toEqual([]);
        expect(encodeViewState(again.state, criterionIds)).toEqual(canonical);
        if (first.weights !== undefined) expectValid(first);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('the canonical link survives the address bar (URLSearchParams) unchanged', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const canonical = encodeViewState(decodeViewState(paramsOf(search), context).state, criterionIds);
        const written = new URLSearchParams(
          PARAM_KEYS.flatMap((key) => (canonical[key] === null ? [] : [[key, canonical[key]]])),
        ).toString();
        expect(paramsOf(written)).toEqual(canonical);
      }),
      { numRuns: RUNS.cheap },
    );
  });
});

describe('address bar helpers (properties)', () => {
  const start = window.location.href;
  afterEach(() => window.history.replaceState(null, '', start));

  it('migrating and sharing any current address never throws and keeps every other param', () => {
    fc.assert(
      fc.property(queryString, fc.constantFrom(...LOCALES), (search, locale) => {
        window.history.replaceState(null, '', `/?${search}`);
        const before = new URL(window.location.href).searchParams;
        migrateCurrentUrl();
        const after = new URL(window.location.href).searchParams;
        const viewParams = PARAM_KEYS.filter((key) => before.has(key));
        if (viewParams.length === 0) expect(after.toString()).toBe(before.toString());
        else if (before.get('v') === null) expect(after.get('v')).toBe('1');
        for (const key of new Set(before.keys())) {
          if (key !== 'v') expect(after.getAll(key)).toEqual(before.getAll(key));
        }
        const shared = new URL(shareableUrl(locale)).searchParams;
        expect(shared.get('lang')).toBe(locale);
        expect(shared.get('v')).not.toBeNull();
      }),
      { numRuns: RUNS.normal },
    );
  });
});
