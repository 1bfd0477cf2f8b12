import type { Locale } from '../locale';
import type { LocalizedText, Route, Trend, TrendPoint } from './schema';
import { stepsOver } from '../steps.ts';

/**
 * Constants and lookups of the edition model that need no schema: the first view imports them
 * without zod (the schemas, in ./edition-schema, load with an import or with stored data).
 */

/** Lowest and highest score a route can get on a criterion (integers, higher is better). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Longest rationale kept for a reader's own score, in characters. */
export const MAX_RATIONALE_LENGTH = 2000;

/**
 * Ids the routes table already uses for its fixed columns; a criterion (which becomes a column
 * with its own id) may not take one of them.
 */
export const RESERVED_CRITERION_IDS = ['route', 'trend', 'overall', 'strengths', 'weaknesses', 'tags'] as const;

/** A score's cite: `strengths[1]`, `weaknesses[0]`. */
export const CITE_PATTERN = /^(strengths|weaknesses)\[(\d+)\]$/;

const ADVICE_CITE_PATTERN = /^trends\.([a-z0-9]+(?:-[a-z0-9]+)*)\.advice\[(\d+)\]$/;

/** The text a preset cites: an advice item of a trend, or the article's conclusion. */
export type AdviceSource =
  | { readonly kind: 'advice'; readonly trend: Trend; readonly index: number; readonly point: TrendPoint }
  | { readonly kind: 'summary'; readonly text: LocalizedText };

/**
 * Resolves a preset cite: `trends.ai-chips.advice[0]` → that trend's first advice item, `summary` →
 * the conclusion. `undefined` when the cite is malformed or points nowhere.
 */
export function resolveAdviceCite(
  edition: { readonly trends: readonly Trend[]; readonly summary: LocalizedText },
  cite: string,
): AdviceSource | undefined {
  if (cite === 'summary') return { kind: 'summary', text: edition.summary };
  const match = ADVICE_CITE_PATTERN.exec(cite);
  const trend = edition.trends.find((item) => item.id === match?.[1]);
  const index = Number(match?.[2]);
  const point = trend?.advice[index];
  return trend && point ? { kind: 'advice', trend, index, point } : undefined;
}

/**
 * The clause a score cites: `strengths[1]` → `{ kind: 'strengths', text: route.strengths[1] }`.
 * `undefined` when the cite is malformed or points past the end of its list.
 */
export function resolveCite(
  route: Pick<Route, 'strengths' | 'weaknesses'>,
  cite: string,
): { readonly kind: 'strengths' | 'weaknesses'; readonly text: LocalizedText } | undefined {
  const match = CITE_PATTERN.exec(cite);
  if (!match) return undefined;
  const kind = match[1] === 'strengths' ? 'strengths' : 'weaknesses';
  const text = route[kind][Number(match[2])];
  return text ? { kind, text } : undefined;
}

/**
 * The page anchor of a trend's section, or of its technical details or advice within it:
 * `trend-ai-chips`, `trend-ai-chips-details`, `trend-ai-chips-advice`. The trend sections carry
 * these ids; a search that finds the article's text links to them.
 */
export function trendSectionId(trendId: string, part?: 'details' | 'advice'): string {
  return part ? `trend-${trendId}-${part}` : `trend-${trendId}`;
}

/**
 * Which locale a shown text was filled into from the other language, because a user edition has
 * it in one language only: the page shows it there marked "not translated". Keyed by the text
 * object itself (see `toDisplayEdition`), so no edition's shape changes for it.
 */
const untranslatedTexts = new WeakMap<LocalizedText, Locale>();

/** Records that `text` lacks `locale` (its text there was filled from the other language). */
export function markUntranslated(text: LocalizedText, locale: Locale): void {
  untranslatedTexts.set(text, locale);
}

/** The locale `text` lacks, when it was filled from the other language; `undefined` otherwise. */
export function untranslatedLocale(text: LocalizedText): Locale | undefined {
  return untranslatedTexts.get(text);
}

/** How sure a score is: said outright by the source, worked out from it, or a guess. */
export type ScoreConfidence = 'stated' | 'inferred' | 'guess';

// The one tag an inferred rationale ends with in the article's edition (docs/scoring-rule.md,
// "Stated or inferred"); no other wording is used, so matching the tag is exact.
const INFERRED_TAGS = ['（推断）', '(inferred)'] as const;

/**
 * The confidence of a route's score on one criterion: the score's own `confidence` when it has one
 * (user editions), otherwise `inferred` when its rationale carries the inferred tag in either language
 * (the article's edition), otherwise `stated`. `undefined` when the route has no score there.
 */
export function scoreConfidence(route: Pick<Route, 'scores'>, criterionId: string): ScoreConfidence | undefined {
  const score = route.scores[criterionId];
  if (!score) return undefined;
  if (score.confidence) return score.confidence;
  const { zh, en } = score.rationale;
  return INFERRED_TAGS.some((tag) => zh.includes(tag) || en.includes(tag)) ? 'inferred' : 'stated';
}

const routeIndexes = new WeakMap<readonly Route[], ReadonlyMap<string, number>>();

/**
 * Each route's id to its place in `routes` (0-based), built once per routes array and kept: it
 * answers "is this a route of the edition" for a link, and gives each route its chart style. At
 * 100 000 routes one map serves where three were built as an edition opened.
 */
export function routeIndex(routes: readonly Route[]): ReadonlyMap<string, number> {
  let index = routeIndexes.get(routes);
  if (!index) {
    const built = new Map<string, number>();
    indexRoutes(built, routes, 0, routes.length);
    index = built;
    routeIndexes.set(routes, index);
  }
  return index;
}

// A loop, not a map of [id, place] pairs: no pair per route. A repeated id keeps its last place.
function indexRoutes(index: Map<string, number>, routes: readonly Route[], start: number, end: number): void {
  for (let place = start; place < end; place++) index.set((routes[place] as Route).id, place);
}

/**
 * {@link routeIndex} built as steps of at most `perStep` routes, to run in order, each in a task
 * of its own: at 300 000 imported routes the index in one go was a task of 140–310 ms. The last
 * step keeps it for `routes`, unless one was made meanwhile; nothing is kept if it never runs.
 * No steps when one is kept already; otherwise at least one, even for no routes.
 *
 * @param perStep a positive integer
 */
export function routeIndexInSteps(routes: readonly Route[], perStep: number): readonly (() => void)[] {
  if (routeIndexes.has(routes)) return [];
  const index = new Map<string, number>();
  return stepsOver(routes.length, perStep, (start, end) => {
    indexRoutes(index, routes, start, end);
    if (end === routes.length && !routeIndexes.has(routes)) routeIndexes.set(routes, index);
  });
}

/** A route by its id, or `undefined` for an id the edition does not have. */
export type RouteLookup = Pick<ReadonlyMap<string, Route>, 'get'>;

const routeLookups = new WeakMap<readonly Route[], RouteLookup>();

/**
 * Each route by its id, read through {@link routeIndex}: the same object for the same routes
 * array, and no second map of every route (at 300 000 routes, one more map took 64 ms).
 */
export function routeLookup(routes: readonly Route[]): RouteLookup {
  let lookup = routeLookups.get(routes);
  if (!lookup) {
    const index = routeIndex(routes);
    lookup = {
      get: (id) => {
        const position = index.get(id);
        return position === undefined ? undefined : routes[position];
      },
    };
    routeLookups.set(routes, lookup);
  }
  return lookup;
}
