import * as z from '../../../domain/zod-mini';
import type { EditionOverrides } from '../../../domain/score-overrides';
import { editionOverridesSchema } from '../../../domain/score-overrides-schema';

/**
 * The reader's edited scores of an edition every reader has (the article's), as a link carries
 * them in its fragment (`#s1.…`, see ./edition-link): the edition they belong to and, per route
 * and criterion, the score (1–5) and its reason. Without them, a colleague opening the link would
 * rank the routes on the edition's own scores and see a different winner, with no word of it.
 */
export interface SharedScores {
  readonly editionId: string;
  readonly scores: EditionOverrides;
}

const sharedScoresSchema = z.strictObject({
  edition: z.string().check(z.minLength(1)),
  scores: editionOverridesSchema,
});

/** The JSON a link carries for `shared` (the shape {@link readSharedScores} reads back). */
export function sharedScoresPayload(shared: SharedScores): unknown {
  return { edition: shared.editionId, scores: shared.scores };
}

/**
 * Reads what a scores link decoded to. Returns the scores, or `{ ok: false, count }` with how many
 * problems the check found (a link altered into other JSON, a score outside 1–5, a blank reason).
 * Never throws.
 */
export function readSharedScores(
  json: unknown,
): { readonly ok: true; readonly shared: SharedScores } | { readonly ok: false; readonly count: number } {
  const parsed = sharedScoresSchema.safeParse(json);
  if (!parsed.success) return { ok: false, count: parsed.error.issues.length };
  return { ok: true, shared: { editionId: parsed.data.edition, scores: parsed.data.scores } };
}

/** How many scores `scores` holds, over all routes and criteria. */
export function countScores(scores: EditionOverrides): number {
  return Object.values(scores).reduce((sum, own) => sum + Object.keys(own).length, 0);
}
