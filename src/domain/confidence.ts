import type { Route } from './edition/schema';

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
