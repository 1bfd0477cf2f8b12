import { matchLocale, type Locale } from './locale';
import type { Weights } from './scoring';
import {
  MAX_QUERY_LENGTH,
  MAX_SELECTION,
  URL_FORMAT_VERSION,
  VIEW_IDS,
  type RawParams,
  type SortKey,
  type UrlProblem,
  type ViewContext,
  type ViewId,
  type ViewState,
} from './view-state';

/**
 * The URL codec: decoding a link against the edition it opens, and encoding a state back into one.
 *
 * Decoding is total: any string yields a valid state plus a list of the parts that were dropped or
 * repaired, so a hand-edited link loses only its broken parts.
 */

function list(value: string | null): string[] {
  return value === null
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

const WEIGHT_ENTRY = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,3}(?:\.\d{1,4})?)$/;

function decodeWeights(value: string, criterionIds: readonly string[], problems: UrlProblem[]): Weights | undefined {
  const entries = list(value);
  const parsed = entries.map((entry) => WEIGHT_ENTRY.exec(entry));
  if (entries.length === 0 || parsed.some((match) => match === null)) {
    problems.push({ param: 'w', value, reason: 'badWeights' });
    return undefined;
  }
  const weights: Record<string, number> = Object.fromEntries(criterionIds.map((id) => [id, 0]));
  for (const match of parsed) {
    const [entry = '', id = '', amount = ''] = match ?? [];
    if (!criterionIds.includes(id)) {
      problems.push({ param: 'w', value: entry, reason: 'unknownCriterion' });
      continue;
    }
    weights[id] = Number(amount);
  }
  const sum = criterionIds.reduce((total, id) => total + (weights[id] ?? 0), 0);
  if (sum <= 0) {
    problems.push({ param: 'w', value, reason: 'zeroWeights' });
    return undefined;
  }
  // Two-decimal links of equal thirds sum to 99.99: repair those silently, say so otherwise.
  if (Math.abs(sum - 100) > 0.05) problems.push({ param: 'w', value, reason: 'weightsRescaled' });
  return Object.fromEntries(criterionIds.map((id) => [id, ((weights[id] ?? 0) * 100) / sum]));
}

/**
 * Decodes a link (already migrated, see {@link migrateParams}) against the edition it opens.
 * Never throws: each broken part falls back to its default and is listed in `problems`; the
 * rest of the link is kept.
 */
export function decodeViewState(raw: RawParams, context: ViewContext): { state: ViewState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];

  if (raw.v !== null) {
    if (!/^\d+$/.test(raw.v)) problems.push({ param: 'v', value: raw.v, reason: 'badVersion' });
    else if (Number(raw.v) > URL_FORMAT_VERSION) problems.push({ param: 'v', value: raw.v, reason: 'newerVersion' });
  }

  let lang: Locale | undefined;
  if (raw.lang !== null) {
    // `ZH`, `zh-TW` or `en-GB` mean one of our two languages, as the language detection reads them.
    lang = matchLocale(raw.lang);
    if (lang === undefined) problems.push({ param: 'lang', value: raw.lang, reason: 'unknownLanguage' });
  }

  let view: ViewId = 'explore';
  if (raw.view !== null) {
    if (isOneOf(VIEW_IDS, raw.view)) view = raw.view;
    else problems.push({ param: 'view', value: raw.view, reason: 'unknownView' });
  }

  const trendIds: string[] = [];
  for (const id of list(raw.trend)) {
    if (!context.trendIds.has(id)) problems.push({ param: 'trend', value: id, reason: 'unknownTrend' });
    else if (!trendIds.includes(id)) trendIds.push(id);
  }

  const tagIds: string[] = [];
  for (const id of list(raw.tag)) {
    if (!context.tagIds.has(id)) problems.push({ param: 'tag', value: id, reason: 'unknownTag' });
    else if (!tagIds.includes(id)) tagIds.push(id);
  }

  const ranges: Record<string, readonly [number, number]> = {};
  for (const item of list(raw.range)) {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d(?:\.\d{1,2})?)-(\d(?:\.\d{1,2})?)$/.exec(item);
    const [, id = '', low = '', high = ''] = match ?? [];
    const min = Number(low);
    const max = Number(high);
    const numeric = id === 'overall' || context.criterionIds.includes(id);
    // Criterion scores are whole numbers; only the overall (a weighted mean) takes fractions.
    const whole = id === 'overall' || (Number.isInteger(min) && Number.isInteger(max));
    if (!match || !numeric || !whole || min < 1 || max > 5 || min > max || id in ranges) {
      problems.push({ param: 'range', value: item, reason: 'badRange' });
    } else ranges[id] = [min, max];
  }

  // Cut by code point, so a character outside the BMP (an emoji, a rare Han character) is never split.
  let query = raw.q ?? '';
  const characters = Array.from(query);
  if (characters.length > MAX_QUERY_LENGTH) {
    problems.push({ param: 'q', value: query, reason: 'queryTooLong' });
    query = characters.slice(0, MAX_QUERY_LENGTH).join('');
  }

  let groupByTrend = false;
  if (raw.group !== null) {
    if (raw.group === 'trend') groupByTrend = true;
    else problems.push({ param: 'group', value: raw.group, reason: 'unknownGroup' });
  }

  const sorting: SortKey[] = [];
  for (const item of list(raw.sort)) {
    const match = /^(.+)\.(asc|desc)$/.exec(item);
    if (!match) problems.push({ param: 'sort', value: item, reason: 'badSort' });
    else if (!context.columnIds.has(match[1] ?? ''))
      problems.push({ param: 'sort', value: item, reason: 'unknownColumn' });
    else if (!sorting.some((key) => key.id === match[1]))
      sorting.push({ id: match[1] ?? '', desc: match[2] === 'desc' });
  }

  const selection: string[] = [];
  for (const id of list(raw.sel)) {
    if (!context.routeIds.has(id)) problems.push({ param: 'sel', value: id, reason: 'unknownRoute' });
    else if (selection.includes(id)) continue;
    else if (selection.length >= MAX_SELECTION) problems.push({ param: 'sel', value: id, reason: 'tooManyRoutes' });
    else selection.push(id);
  }

  let baseline: string | undefined;
  if (raw.base !== null && raw.base !== '') {
    if (!context.routeIds.has(raw.base)) problems.push({ param: 'base', value: raw.base, reason: 'unknownRoute' });
    else if (!selection.includes(raw.base))
      problems.push({ param: 'base', value: raw.base, reason: 'baselineNotSelected' });
    else baseline = raw.base;
  }

  const weights = raw.w === null || raw.w === '' ? undefined : decodeWeights(raw.w, context.criterionIds, problems);

  return {
    state: {
      lang,
      view,
      trendIds,
      tagIds,
      ranges,
      query,
      groupByTrend,
      sorting,
      selection,
      baseline,
      weights,
    },
    problems,
  };
}

/**
 * The weights as a link writes them: hundredths of a percent that sum to exactly 100 (largest
 * remainder). Rounding each on its own can sum to 99.99, which decoding rescales into weights that
 * round differently, so the canonical link would change again on the next rewrite.
 */
function formatWeights(weights: Weights, criterionIds: readonly string[]): string {
  const exact = criterionIds.map((id) => (weights[id] ?? 0) * 100);
  const hundredths = exact.map((value) => Math.floor(value));
  const byRemainder = exact
    .map((_, index) => index)
    .sort((a, b) => {
      const remainder = (index: number) => (exact[index] ?? 0) - (hundredths[index] ?? 0);
      return remainder(b) - remainder(a);
    });
  let missing = 10_000 - hundredths.reduce((sum, value) => sum + value, 0);
  for (const index of byRemainder) {
    if (missing <= 0) break;
    hundredths[index] = (hundredths[index] ?? 0) + 1;
    missing -= 1;
  }
  return criterionIds.map((id, index) => `${id}:${(hundredths[index] ?? 0) / 100}`).join(',');
}

/** True when `weights` gives every criterion the same share (the balanced default). */
export function isBalanced(weights: Weights, criterionIds: readonly string[]): boolean {
  const first = weights[criterionIds[0] ?? ''] ?? 0;
  return criterionIds.every((id) => Math.abs((weights[id] ?? 0) - first) < 1e-6);
}

/**
 * Encodes a state as raw params, writing `v` and leaving defaults out (`null`) so links stay short.
 * `decodeViewState(encodeViewState(s), context)` gives back `s` for any state it produced.
 */
export function encodeViewState(state: ViewState, criterionIds: readonly string[]): RawParams {
  const joined = (items: readonly string[]) => (items.length > 0 ? items.join(',') : null);
  return {
    v: String(URL_FORMAT_VERSION),
    lang: state.lang ?? null,
    view: state.view === 'explore' ? null : state.view,
    trend: joined(state.trendIds),
    tag: joined(state.tagIds),
    range: joined(Object.entries(state.ranges).map(([id, [min, max]]) => `${id}:${min}-${max}`)),
    q: state.query === '' ? null : state.query,
    group: state.groupByTrend ? 'trend' : null,
    sort: joined(state.sorting.map((key) => `${key.id}.${key.desc ? 'desc' : 'asc'}`)),
    sel: joined(state.selection),
    base: state.baseline ?? null,
    w:
      state.weights === undefined || isBalanced(state.weights, criterionIds)
        ? null
        : formatWeights(state.weights, criterionIds),
  };
}
