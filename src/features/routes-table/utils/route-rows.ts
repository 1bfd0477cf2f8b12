import type { ContentLocale, Edition, Route } from '../../../domain/edition-schema';
import { overallScore, scoreValue, type Weights } from '../../../domain/scoring';
import { buildSearchText } from '../../../domain/search';

/**
 * One table row: a route with every text already in the reading locale, so that TanStack's
 * per-`data` accessor cache never serves another language. `id` is the route id and never changes.
 */
export interface RouteRow {
  readonly id: string;
  readonly locale: ContentLocale;
  readonly trendId: string;
  readonly name: string;
  readonly fullName: string | undefined;
  readonly trendName: string;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly tags: readonly { readonly id: string; readonly label: string }[];
  /** Score per criterion id, 1–5, or `undefined` where the route has none. */
  readonly scores: Readonly<Record<string, number | undefined>>;
  /** Weighted mean of the scores (1–5) under the reader's weights, `undefined` when the route has no score at all. */
  readonly overall: number | undefined;
  /** Both languages, normalised for search (see `buildSearchText`). */
  readonly searchText: string;
  readonly route: Route;
}

// The search text covers both languages, so a language switch reuses it instead of rebuilding it.
// Keyed by the parsed route object, which is never mutated.
const searchTexts = new WeakMap<Route, string>();

function searchTextOf(route: Route, edition: Edition): string {
  let text = searchTexts.get(route);
  if (text === undefined) {
    text = buildSearchText(route, edition);
    searchTexts.set(route, text);
  }
  return text;
}

/**
 * Builds the table rows for one edition in one locale, in the edition's order, with the overall
 * score under `weights` (percent or any relative weights; equal when omitted).
 * Call once per (edition, locale, weights) and keep the result: its identity drives TanStack's caches.
 */
export function buildRouteRows(edition: Edition, locale: ContentLocale, weights?: Weights): RouteRow[] {
  const trendNames = new Map(edition.trends.map((trend) => [trend.id, trend.name[locale]]));
  const tagLabels = new Map(edition.tags.map((tag) => [tag.id, tag.label[locale]]));
  return edition.routes.map((route) => ({
    id: route.id,
    locale,
    trendId: route.trendId,
    name: route.name[locale],
    fullName: route.fullName?.[locale],
    trendName: trendNames.get(route.trendId) ?? route.trendId,
    strengths: route.strengths.map((text) => text[locale]),
    weaknesses: route.weaknesses.map((text) => text[locale]),
    tags: route.tags.map((id) => ({ id, label: tagLabels.get(id) ?? id })),
    scores: Object.fromEntries(edition.criteria.map((criterion) => [criterion.id, scoreValue(route, criterion.id)])),
    overall: overallScore(route, edition.criteria, weights),
    searchText: searchTextOf(route, edition),
    route,
  }));
}
