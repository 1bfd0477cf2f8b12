import type { Locale } from './locale';
import type { Weights } from './scoring';

/**
 * The URL format of a view (docs/using.md tells readers what a link keeps): every param is a plain
 * string whose values never depend on the UI language, e.g.
 * `?v=1&lang=en&view=compare&trend=ai-chips&tag=edge&range=cost:3-5&q=gpu&sort=cost.desc,performance.asc&group=trend&sel=gpu,asic&base=gpu&w=cost:50,performance:30,flexibility:20`.
 *
 * This file holds the format's shapes and limits; `view-state-codec.ts` decodes and encodes links,
 * `view-state-migrations.ts` brings older links up to {@link URL_FORMAT_VERSION}.
 */

/** Version of the URL format written by this build (`v=`). Bump it and add a migration on any change. */
export const URL_FORMAT_VERSION = 1;

/** Longest search text a link may carry, in characters; longer ones are cut. */
export const MAX_QUERY_LENGTH = 200;

/** The most routes the compare view takes at once. */
export const MAX_SELECTION = 4;

/** The dashboard's views: explore (table, charts, trends), compare, decide, and edit (a user edition's editor). */
export const VIEW_IDS = ['explore', 'compare', 'decide', 'edit'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Query-string keys, in the order they are written. */
export const PARAM_KEYS = [
  'v',
  'lang',
  'view',
  'trend',
  'tag',
  'range',
  'q',
  'sort',
  'group',
  'sel',
  'base',
  'w',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/** The raw query string as one optional string per key (`null` when the key is absent). */
export type RawParams = Readonly<Record<ParamKey, string | null>>;

/** One sort key: a column id (`route`, `trend`, a criterion id, `overall` …) and its direction. */
export interface SortKey {
  readonly id: string;
  readonly desc: boolean;
}

/** Everything a link carries, decoded and checked against the edition. */
export interface ViewState {
  readonly lang: Locale | undefined;
  readonly view: ViewId;
  /** Trend ids to show; empty shows every trend. */
  readonly trendIds: readonly string[];
  /** Tag ids; a route with any of them shows. Empty shows every route. */
  readonly tagIds: readonly string[];
  /** Score range per numeric column (criterion id or `overall`), inclusive, 1–5. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
  readonly query: string;
  /** Rows grouped by trend, with per-group means. */
  readonly groupByTrend: boolean;
  /** Sort keys, highest priority first. */
  readonly sorting: readonly SortKey[];
  /** Selected route ids in the order they were picked, at most {@link MAX_SELECTION}. */
  readonly selection: readonly string[];
  /** The selected route marked "what I use today", if any. */
  readonly baseline: string | undefined;
  /** Percent per criterion summing to 100; `undefined` means balanced (equal weights). */
  readonly weights: Weights | undefined;
}

/** What a decoded link is checked against: the ids the current edition knows. */
export interface ViewContext {
  /** The edition's route ids (a set, or any map keyed by them). */
  readonly routeIds: Pick<ReadonlySet<string>, 'has'>;
  readonly trendIds: ReadonlySet<string>;
  readonly tagIds: ReadonlySet<string>;
  /** Ids of the table's sortable columns. */
  readonly columnIds: ReadonlySet<string>;
  /** Criterion ids, in data order. */
  readonly criterionIds: readonly string[];
}

/** Why part of a link was dropped or changed; each reason has a `urlProblem.*` locale key. */
export type UrlProblemReason =
  | 'badVersion'
  | 'newerVersion'
  | 'unknownLanguage'
  | 'unknownView'
  | 'unknownTrend'
  | 'unknownTag'
  | 'badRange'
  | 'unknownGroup'
  | 'badSort'
  | 'unknownColumn'
  | 'unknownRoute'
  | 'tooManyRoutes'
  | 'baselineNotSelected'
  | 'badWeights'
  | 'unknownCriterion'
  | 'weightsRescaled'
  | 'zeroWeights'
  | 'queryTooLong';

/** One dropped or repaired part of a link: the param, the offending text, and why. */
export interface UrlProblem {
  readonly param: ParamKey;
  readonly value: string;
  readonly reason: UrlProblemReason;
}

/** An empty raw param set. */
export const EMPTY_PARAMS: RawParams = Object.fromEntries(PARAM_KEYS.map((key) => [key, null])) as Record<
  ParamKey,
  null
>;

/** How a change is recorded: a new history entry (`push`, the default) or in place (`replace`). */
export interface UpdateOptions {
  readonly history?: 'push' | 'replace';
}

/** A change to the view: the fields to set, or a function of the current state giving them. */
export type ViewPatch = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);
