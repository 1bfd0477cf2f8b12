import type { EditionOverrides } from '../../../domain/score-overrides';
import type { UserEdition } from './user-edition';

/**
 * `edition` with the reader's own scores (`overrides`, see src/domain/score-overrides) written into
 * it: each edited score takes the reader's value and reason (in both languages, as written, as the
 * page shows it) and cites nothing, as an edited score does. What a shared link carries, so that
 * the colleague who opens it sees the ranking the sharer saw. Scores of routes or criteria the
 * edition lacks are left out; returns `edition` itself when none applies.
 */
export function withOwnScores(edition: UserEdition, overrides: EditionOverrides | undefined): UserEdition {
  if (!overrides) return edition;
  const criterionIds = new Set(edition.criteria.map((criterion) => criterion.id));
  const routes = edition.routes.map((route) => {
    const own = Object.hasOwn(overrides, route.id) ? overrides[route.id] : undefined;
    if (!own) return route;
    const scores = { ...route.scores };
    let touched = false;
    for (const [criterionId, override] of Object.entries(own)) {
      if (!criterionIds.has(criterionId)) continue;
      const before = Object.hasOwn(scores, criterionId) ? scores[criterionId] : undefined;
      scores[criterionId] = {
        ...before,
        value: override.value,
        rationale: { zh: override.rationale, en: override.rationale },
        cites: [],
      };
      touched = true;
    }
    return touched ? { ...route, scores } : route;
  });
  return routes.some((route, index) => route !== edition.routes[index]) ? { ...edition, routes } : edition;
}
