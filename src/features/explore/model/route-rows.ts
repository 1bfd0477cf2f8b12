import type { Locale } from '../../../domain/locale';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { QueryableRow } from './route-query';
import { equalWeights, overallScore, scoreValue, type Weights } from '../../../domain/scoring';
import type { RouteSearchKeys } from './search';
import { pinyinTextFor, searchKeysOf } from './search-keys';
import { stepsOver } from '../../../domain/steps';

/** What the rows of one edition in one locale share: names looked up once, not once per route. */
interface RowContext {
  readonly edition: Edition;
  readonly locale: Locale;
  readonly trendNames: ReadonlyMap<string, string>;
  readonly tagLabels: ReadonlyMap<string, string>;
  /** The weights of the overall score, worked out once for every row. */
  readonly weights: Weights;
}

/**
 * One table row: a route with every text already in the reading locale, so that TanStack's
 * per-`data` accessor cache never serves another language. `id` is the route id and never changes.
 * Its overall score and texts beyond the name are made when first read, then kept: a table draws
 * a few dozen rows, a search reads the keys, a text sort reads one column, and building them all
 * for 100 000 routes up front was most of opening them. Made by {@link buildRouteRows} only.
 */
class RouteRow implements QueryableRow {
  readonly id: string;
  /** The route's place in its edition's routes (0-based): the order ties are broken in. */
  readonly place: number;
  readonly locale: Locale;
  readonly trendId: string;
  readonly name: string;
  readonly fullName: string | undefined;
  readonly trendName: string;
  /** Score per criterion id, 1–5, or `undefined` where the route has none. */
  readonly scores: Readonly<Record<string, number | undefined>>;
  readonly tagIds: readonly string[];
  readonly route: Route;
  readonly #context: RowContext;
  #strengths: readonly string[] | undefined;
  #weaknesses: readonly string[] | undefined;
  #tags: readonly { readonly id: string; readonly label: string }[] | undefined;
  #sortText: Readonly<Record<string, string>> | undefined;
  // `undefined` is an answer (no score at all): not worked out yet is NaN.
  #overall: number | undefined = Number.NaN;
  // Held by the row once read: a search reads them for every row, and the shared cache is a WeakMap.
  #searchKeys: RouteSearchKeys | undefined;
  #pinyinText: string | undefined;

  constructor(route: Route, place: number, context: RowContext) {
    this.id = route.id;
    this.place = place;
    this.locale = context.locale;
    this.trendId = route.trendId;
    this.name = route.name[context.locale];
    this.fullName = route.fullName?.[context.locale];
    this.trendName = context.trendNames.get(route.trendId) ?? route.trendId;
    // Made at once: a sort by a criterion reads every row's score, and building them on first read
    // made the first sort at 100 000 routes slower (medians of three bench runs: 139 against 110 ms).
    const scores: Record<string, number | undefined> = {};
    for (const criterion of context.edition.criteria) scores[criterion.id] = scoreValue(route, criterion.id);
    this.scores = scores;
    this.tagIds = route.tags;
    this.route = route;
    this.#context = context;
  }

  /** Weighted mean of the scores (1–5) under the reader's weights, `undefined` when the route has no score at all. */
  get overall(): number | undefined {
    if (Number.isNaN(this.#overall))
      this.#overall = overallScore(this.route, this.#context.edition.criteria, this.#context.weights);
    return this.#overall;
  }

  get strengths(): readonly string[] {
    return (this.#strengths ??= this.route.strengths.map((text) => text[this.locale]));
  }

  get weaknesses(): readonly string[] {
    return (this.#weaknesses ??= this.route.weaknesses.map((text) => text[this.locale]));
  }

  get tags(): readonly { readonly id: string; readonly label: string }[] {
    return (this.#tags ??= this.route.tags.map((id) => ({ id, label: this.#context.tagLabels.get(id) ?? id })));
  }

  // Built on first search, not when the edition opens: many readers never search.
  get searchText(): string {
    return (this.#searchKeys ??= searchKeysOf(this.route, this.#context.edition)).searchText;
  }

  // '' until the edition's pinyin keys are all built, then kept: two weak lookups per row made a
  // Latin search at 100 000 routes 20–30 ms slower.
  get pinyinText(): string {
    return (this.#pinyinText ??= pinyinTextFor(this.route, this.#context.edition)) ?? '';
  }

  get nameKeys(): readonly string[] {
    return (this.#searchKeys ??= searchKeysOf(this.route, this.#context.edition)).nameKeys;
  }

  get sortText(): Readonly<Record<string, string>> {
    return (this.#sortText ??= {
      route: this.name,
      trend: this.trendName,
      strengths: this.strengths.join(' '),
      weaknesses: this.weaknesses.join(' '),
      tags: this.tags.map((tag) => tag.label).join(' '),
    });
  }
}

// Exported as a type only: rows come from buildRouteRows, which shares one context per edition.
export type { RouteRow };

/**
 * Builds the table rows for one edition in one locale, in the edition's order, with the overall
 * score under `weights` (percent or any relative weights; equal when omitted). Their pinyin comes
 * with the edition's pinyin keys, whenever those are built (see `warmPinyinKeys`).
 * Call once per (edition, locale, weights) and keep the result: its identity drives TanStack's caches.
 */
export function buildRouteRows(edition: Edition, locale: Locale, weights?: Weights): RouteRow[] {
  const rows: RouteRow[] = [];
  buildRowsInto(rows, rowContext(edition, locale, weights), 0, edition.routes.length);
  return rows;
}

function rowContext(edition: Edition, locale: Locale, weights: Weights | undefined): RowContext {
  return {
    edition,
    locale,
    trendNames: new Map(edition.trends.map((trend) => [trend.id, trend.name[locale]])),
    tagLabels: new Map(edition.tags.map((tag) => [tag.id, tag.label[locale]])),
    weights: weights ?? equalWeights(edition.criteria),
  };
}

/** Appends to `rows` the rows of the edition's routes from index `start` up to (not including) `end`. */
function buildRowsInto(rows: RouteRow[], context: RowContext, start: number, end: number): void {
  const { routes } = context.edition;
  for (let index = start; index < end; index += 1) {
    const route = routes[index];
    if (route) rows.push(new RouteRow(route, index, context));
  }
}

// The rows last built for each routes array, with what they were built for: the import builds
// them in a task of its own before the render that shows its routes (see `routeRowsFor`).
const rowsCache = new WeakMap<readonly Route[], { readonly key: string; readonly rows: RouteRow[] }>();

/**
 * The rows {@link buildRouteRows} would build, kept per routes array: the same edition texts,
 * locale and weights give the same rows (the same array), so rows built ahead of a render
 * (for 300 000 imported routes, in a task of their own) are the ones it shows. Keeps one set of
 * rows per routes array, the last asked for.
 */
export function routeRowsFor(edition: Edition, locale: Locale, weights?: Weights): RouteRow[] {
  const key = rowsKey(edition, locale, weights);
  const cached = rowsCache.get(edition.routes);
  if (cached?.key === key) return cached.rows;
  const rows = buildRouteRows(edition, locale, weights);
  rowsCache.set(edition.routes, { key, rows });
  return rows;
}

/** What a row reads besides its route: the locale, weights, criteria ids, trends' names and tags' labels. */
function rowsKey(edition: Edition, locale: Locale, weights: Weights | undefined): string {
  return JSON.stringify([
    locale,
    weights ?? null,
    edition.criteria.map((criterion) => criterion.id),
    edition.trends.map((trend) => [trend.id, trend.name[locale]]),
    edition.tags.map((tag) => [tag.id, tag.label[locale]]),
  ]);
}

/** Routes per step of {@link routeRowsInSteps}: at 300 000 routes all in one task took 40–100 ms, and more when garbage collection fell in it. */
export const ROWS_PER_STEP = 50_000;

/**
 * The rows {@link routeRowsFor} gives, built ahead as steps of at most `perStep` routes each (every
 * step to be run in a task of its own, in order): the last stores them where `routeRowsFor` finds
 * them. No steps when they are stored already. A step run after the edition's rows were asked for
 * meanwhile in another way changes nothing that was shown.
 *
 * @param perStep routes per step, a positive integer ({@link ROWS_PER_STEP} unless given)
 */
export function routeRowsInSteps(
  edition: Edition,
  locale: Locale,
  weights?: Weights,
  perStep = ROWS_PER_STEP,
): readonly (() => void)[] {
  const key = rowsKey(edition, locale, weights);
  if (rowsCache.get(edition.routes)?.key === key) return [];
  const context = rowContext(edition, locale, weights);
  const rows: RouteRow[] = [];
  const count = edition.routes.length;
  return stepsOver(count, perStep, (start, end) => {
    buildRowsInto(rows, context, start, end);
    // Rows asked for meanwhile (the render came first) stay: they may be on screen.
    if (end === count && rowsCache.get(edition.routes)?.key !== key) rowsCache.set(edition.routes, { key, rows });
  });
}
