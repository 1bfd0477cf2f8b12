import type { Edition } from '../../../domain/edition/schema.ts';
import { UNGROUPED_TREND_ID, type UserCriterion, type UserEdition, type UserText } from './user-edition.ts';

/**
 * How a user edition comes to be: a copy of a shown edition, a blank one, and the fresh ids its
 * comparison and criteria get. Apart from ./user-edition, which says what one is and how it shows.
 */

/**
 * A user edition that copies a data edition (the article's, or any shown one): every text, score,
 * rationale and cite, under a new id and title. How one edits the read-only article: "Make a copy".
 */
export function copyOfEdition(edition: Edition, id: string, title: UserText): UserEdition {
  return {
    kind: 'user',
    id,
    title,
    introduction: edition.introduction,
    criteria: edition.criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      definition: criterion.definition,
      scale: {
        low: criterion.scale.low,
        ...(criterion.scale.mid ? { mid: criterion.scale.mid } : {}),
        high: criterion.scale.high,
      },
    })),
    trends: edition.trends
      .filter((trend) => trend.id !== UNGROUPED_TREND_ID || edition.kind !== 'user')
      .map((trend) => ({
        id: trend.id,
        name: trend.name,
        ...(trend.overview.zh || trend.overview.en ? { overview: trend.overview } : {}),
      })),
    tags: edition.tags.map((tag) => ({ id: tag.id, label: tag.label })),
    routes: edition.routes.map((route) => ({
      id: route.id,
      ...(route.trendId === UNGROUPED_TREND_ID && edition.kind === 'user' ? {} : { trendId: route.trendId }),
      name: route.name,
      strengths: route.strengths,
      weaknesses: route.weaknesses,
      tags: route.tags,
      examples: route.examples,
      scores: Object.fromEntries(
        Object.entries(route.scores).map(([criterionId, score]) => [
          criterionId,
          {
            value: score.value,
            ...(score.rationale.zh || score.rationale.en ? { rationale: score.rationale } : {}),
            cites: score.cites,
            ...(score.confidence ? { confidence: score.confidence } : {}),
          },
        ]),
      ),
    })),
    presets: edition.presets.map((preset) => ({ ...preset })),
  };
}

/** A new, blank user edition: the given criteria to start from (the editor renames them), no routes. */
export function blankUserEdition(id: string, title: UserText, criteria: readonly UserCriterion[]): UserEdition {
  return {
    kind: 'user',
    id,
    title,
    introduction: {},
    criteria,
    trends: [],
    tags: [],
    routes: [],
    presets: [],
  };
}

/**
 * A fresh id for a new user edition, unlike any in `taken`: `c-` and 8 base-36 characters from
 * `random` (0 ≤ random() < 1; `Math.random` in the page, a seeded one in tests).
 */
export function newEditionId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `c-${Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join('')}`;
    if (!taken.has(id)) return id;
  }
}

/** Lowercase kebab-case from any label ("Team familiarity" → `team-familiarity`); `fallback` when none is left. */
export function slugId(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
