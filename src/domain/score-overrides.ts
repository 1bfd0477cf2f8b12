import type * as z from './zod-mini';
import type { storedOverridesSchema } from './score-overrides-schema';
import type { Edition, Score } from './edition/schema';

/** The reader's own score for one criterion of one route: an integer 1–5 and why, in their words. */
export interface ScoreOverride {
  readonly value: number;
  readonly rationale: string;
}

/** The reader's scores of one edition: route id → criterion id → override. */
export type EditionOverrides = Readonly<Record<string, Readonly<Record<string, ScoreOverride>>>>;

/**
 * What is stored (localStorage `route-atlas.score-overrides`): a version and, per edition id,
 * the reader's scores (`storedOverridesSchema` in `./score-overrides-schema` checks it).
 */
export type StoredOverrides = z.infer<typeof storedOverridesSchema>;

/** No overrides at all. */
export const NO_OVERRIDES: StoredOverrides = { version: 1, editions: {} };

// Scores made by applyScoreOverrides, each mapped to the score it replaced: the UI marks them and
// shows the original next to them, and no score object of a data file is ever changed.
const originals = new WeakMap<Score, Score>();

/** The score an edited one replaced, or `undefined` when `score` is not the reader's own. */
export function originalOf(score: Score | undefined): Score | undefined {
  return score ? originals.get(score) : undefined;
}

/**
 * The edition with the reader's scores in place of the originals (same value → still marked as
 * edited when the rationale differs). Overrides for routes or criteria the edition lacks are
 * ignored. Returns the same object when nothing applies, so memoised work is kept. The rationale
 * is shown in both languages as written; an edited score cites no clause.
 */
export function applyScoreOverrides(edition: Edition, overrides: EditionOverrides | undefined): Edition {
  if (!overrides || Object.keys(overrides).length === 0) return edition;
  const criterionIds = new Set(edition.criteria.map((criterion) => criterion.id));
  const routes = edition.routes.map((route) => {
    const own = Object.hasOwn(overrides, route.id) ? overrides[route.id] : undefined;
    if (!own) return route;
    const scores = { ...route.scores };
    let touched = false;
    for (const [criterionId, override] of Object.entries(own)) {
      const before = Object.hasOwn(route.scores, criterionId) ? route.scores[criterionId] : undefined;
      if (!criterionIds.has(criterionId) || !before) continue;
      const score: Score = {
        value: override.value,
        rationale: { zh: override.rationale, en: override.rationale },
        cites: [],
      };
      originals.set(score, before);
      scores[criterionId] = score;
      touched = true;
    }
    return touched ? { ...route, scores } : route;
  });
  return routes.some((route, index) => route !== edition.routes[index]) ? { ...edition, routes } : edition;
}

/** The part of `overrides` that names routes and criteria of `edition` (what {@link countApplied} counts). */
export function applicableOverrides(edition: Edition, overrides: EditionOverrides): EditionOverrides {
  const criterionIds = new Set(edition.criteria.map((criterion) => criterion.id));
  const routeIds = new Set(edition.routes.map((route) => route.id));
  return Object.fromEntries(
    Object.entries(overrides)
      .filter(([routeId]) => routeIds.has(routeId))
      .map(([routeId, own]) => [
        routeId,
        Object.fromEntries(Object.entries(own).filter(([criterionId]) => criterionIds.has(criterionId))),
      ])
      .filter(([, own]) => Object.keys(own as object).length > 0),
  ) as EditionOverrides;
}

/** How many of `overrides` apply to `edition` (the count "Reset n edited scores" shows). */
export function countApplied(edition: Edition, overrides: EditionOverrides | undefined): number {
  if (!overrides) return 0;
  const criterionIds = new Set(edition.criteria.map((criterion) => criterion.id));
  const routeIds = new Set(edition.routes.map((route) => route.id));
  return Object.entries(overrides).reduce(
    (sum, [routeId, own]) =>
      routeIds.has(routeId) ? sum + Object.keys(own).filter((id) => criterionIds.has(id)).length : sum,
    0,
  );
}

/** `stored` with one override set (`override` given) or removed (`undefined`); empty maps are pruned. */
export function withOverride(
  stored: StoredOverrides,
  editionId: string,
  routeId: string,
  criterionId: string,
  override: ScoreOverride | undefined,
): StoredOverrides {
  const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([id]) => id !== key));
  const editionScores = stored.editions[editionId] ?? {};
  const routeScores = without(editionScores[routeId] ?? {}, criterionId);
  if (override) routeScores[criterionId] = { value: override.value, rationale: override.rationale.trim() };
  const nextEdition = without(editionScores, routeId);
  if (Object.keys(routeScores).length > 0) nextEdition[routeId] = routeScores;
  const editions = without(stored.editions, editionId);
  if (Object.keys(nextEdition).length > 0) editions[editionId] = nextEdition;
  return { version: 1, editions };
}

/** `stored` without any override of `editionId`. */
export function withoutEdition(stored: StoredOverrides, editionId: string): StoredOverrides {
  return {
    version: 1,
    editions: Object.fromEntries(Object.entries(stored.editions).filter(([id]) => id !== editionId)),
  };
}
