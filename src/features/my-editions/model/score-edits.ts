import type { Locale } from '../../../domain/locale';
import { CITE_PATTERN, SCORE_MAX, SCORE_MIN } from '../../../domain/edition/model';
import { updateRoute } from './route-edits';
import type { Confidence, UserEdition, UserRoute, UserScore } from './user-edition';
import { omitKey, withText } from './user-edition-edits';

/**
 * The editor's edits of the score grid's cells: a value 1–5 or none, a reason, the strengths and
 * weaknesses it cites, a confidence. Pure: each returns the next edition.
 */

/** The route's score on `criterionId`, or an empty one (not scored, no reason, no cites). */
export function scoreOf(route: UserRoute, criterionId: string): UserScore {
  return (Object.hasOwn(route.scores, criterionId) ? route.scores[criterionId] : undefined) ?? { cites: [] };
}

/** Whether `value` is a score: an integer {@link SCORE_MIN}–{@link SCORE_MAX}. */
export function isScoreValue(value: number): boolean {
  return Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

/**
 * The edition with the route's score on `criterionId` changed by `change` (a score left with no
 * value, reason, cite or confidence is removed, so an emptied cell leaves nothing behind).
 */
export function updateScore(
  edition: UserEdition,
  index: number,
  criterionId: string,
  change: (score: UserScore) => UserScore,
): UserEdition {
  return updateRoute(edition, index, (route) => {
    const next = change(scoreOf(route, criterionId));
    const empty =
      next.value === undefined &&
      !next.rationale?.zh &&
      !next.rationale?.en &&
      next.cites.length === 0 &&
      next.confidence === undefined;
    const scores: Record<string, UserScore> = { ...route.scores };
    if (empty) Reflect.deleteProperty(scores, criterionId);
    else scores[criterionId] = next;
    return { ...route, scores };
  });
}

/** The edition with the cell's value set (`undefined`: cleared); its reason, cites and confidence stay. */
export function setScoreValue(
  edition: UserEdition,
  index: number,
  criterionId: string,
  value: number | undefined,
): UserEdition {
  return updateScore(edition, index, criterionId, (score) => {
    return value === undefined ? omitKey(score, 'value') : { ...score, value };
  });
}

/** The edition with the cell's reason set in `locale`. */
export function setScoreRationale(
  edition: UserEdition,
  index: number,
  criterionId: string,
  locale: Locale,
  value: string,
): UserEdition {
  return updateScore(edition, index, criterionId, (score) => {
    const rationale = withText(score.rationale, locale, value);
    return rationale.zh || rationale.en ? { ...score, rationale } : omitKey(score, 'rationale');
  });
}

/** The edition with `cite` (`strengths[1]`) added to or removed from the cell's cites, in list order. */
export function toggleScoreCite(edition: UserEdition, index: number, criterionId: string, cite: string): UserEdition {
  const order = (a: string, b: string) => {
    const [, listA = '', atA = '0'] = CITE_PATTERN.exec(a) ?? [];
    const [, listB = '', atB = '0'] = CITE_PATTERN.exec(b) ?? [];
    return listA === listB ? Number(atA) - Number(atB) : listA.localeCompare(listB);
  };
  return updateScore(edition, index, criterionId, (score) => ({
    ...score,
    cites: score.cites.includes(cite)
      ? score.cites.filter((item) => item !== cite)
      : [...score.cites, cite].sort(order),
  }));
}

/** The edition with the cell's confidence set (`undefined`: not said). */
export function setScoreConfidence(
  edition: UserEdition,
  index: number,
  criterionId: string,
  confidence: Confidence | undefined,
): UserEdition {
  return updateScore(edition, index, criterionId, (score) => {
    return confidence === undefined ? omitKey(score, 'confidence') : { ...score, confidence };
  });
}
