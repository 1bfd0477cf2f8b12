import type {
  Criterion,
  Edition,
  LocalizedText,
  Preset,
  Route,
  Score,
  Tag,
  Trend,
} from '../../../domain/edition/schema.ts';
import { CITE_PATTERN, markUntranslated, SCORE_MAX, SCORE_MIN } from '../../../domain/edition/model.ts';
export { untranslatedLocale } from '../../../domain/edition/model.ts';

/**
 * A user edition ("comparison"): the reader's own criteria, groups, routes and scores, built in the
 * editor and kept in the browser. It has the shape of a data file (criteria, trends, tags, routes,
 * scores with rationale and cites, presets) in its user variant: any text may be in one language
 * only, a score may be empty, carry a confidence, or cite nothing, and a route may belong to no
 * trend ("Ungrouped"). Exported as a file it carries `"kind": "user"`, which is how the build and
 * the importer know to check it with `userEditionFileSchema` rather than the article's strict one.
 *
 * Pure data and pure functions: no React, no zod (see ./user-edition-schema for the check).
 */

/** Text in one language or both; a text with neither is a problem the editor shows at its field. */
export interface UserText {
  readonly zh?: string;
  readonly en?: string;
}

/** How sure the author is of a score: said outright, worked out from what is said, or a guess. */
export type Confidence = 'stated' | 'inferred' | 'guess';
export const CONFIDENCES: readonly Confidence[] = ['stated', 'inferred', 'guess'];

/** A criterion of a user edition. Higher is always better for the user (cost → affordability). */
export interface UserCriterion {
  /** Lowercase kebab-case, unique in the edition (also the table column's id). */
  readonly id: string;
  readonly label: UserText;
  /** One line: what the criterion measures. */
  readonly definition: UserText;
  /** What a 1, a 3 and a 5 mean. */
  readonly scale: { readonly low: UserText; readonly mid?: UserText; readonly high: UserText };
}

/** A group of routes (a "trend" in the article's edition). */
export interface UserTrend {
  readonly id: string;
  readonly name: UserText;
  readonly overview?: UserText;
}

/** One cell of the score grid. `value` absent: not scored yet (shown as missing, never as 0). */
export interface UserScore {
  /** Integer {@link SCORE_MIN}–{@link SCORE_MAX}. */
  readonly value?: number;
  readonly rationale?: UserText;
  /** The clauses it rests on: `strengths[i]`, `weaknesses[i]` (0-based). */
  readonly cites: readonly string[];
  readonly confidence?: Confidence;
}

/** A route of a user edition. */
export interface UserRoute {
  readonly id: string;
  /** The group's id; absent: "Ungrouped". */
  readonly trendId?: string;
  readonly name: UserText;
  readonly strengths: readonly UserText[];
  readonly weaknesses: readonly UserText[];
  readonly tags: readonly string[];
  readonly examples: readonly UserText[];
  /** By criterion id. */
  readonly scores: Readonly<Record<string, UserScore>>;
}

/** A tag of a user edition. */
export interface UserTag {
  readonly id: string;
  readonly label: UserText;
}

/** A weighting preset; with no cites it is the author's own priority. */
export interface UserPreset {
  readonly id: string;
  readonly name: UserText;
  readonly description: UserText;
  readonly weights: Readonly<Record<string, number>>;
  readonly cites: readonly string[];
}

/** The whole user edition, as stored and as exported (see the module comment). */
export interface UserEdition {
  readonly kind: 'user';
  /** Unique among the editions of this browser and the bundled ones. */
  readonly id: string;
  readonly title: UserText;
  /** The question the comparison answers, in a sentence or two. */
  readonly introduction: UserText;
  /** Who made it (shown when shared); optional. */
  readonly author?: string;
  readonly criteria: readonly UserCriterion[];
  readonly trends: readonly UserTrend[];
  readonly tags: readonly UserTag[];
  readonly routes: readonly UserRoute[];
  readonly presets: readonly UserPreset[];
}

/** Fewest and most criteria a user edition may have. */
export const MIN_CRITERIA = 1;
export const MAX_CRITERIA = 12;

/** The id of the trend that gathers routes of no group (it never clashes: user ids are kebab-case words). */
export const UNGROUPED_TREND_ID = 'ungrouped';

/** Texts the page supplies for what a user edition does not say, in both languages. */
export interface UserEditionTexts {
  readonly ungrouped: LocalizedText;
  readonly untitled: LocalizedText;
  readonly sourceTitle: LocalizedText;
}

/** True when `text` holds visible text in at least one language. */
export function hasText(text: UserText | undefined): boolean {
  return Boolean(text && (text.zh?.trim() || text.en?.trim()));
}

/**
 * `text` in both languages: a missing one is filled from the other and remembered as untranslated
 * (see `untranslatedLocale`); neither gives `fallback` (or empty strings).
 */
export function displayText(text: UserText | undefined, fallback?: LocalizedText): LocalizedText {
  const zh = text?.zh?.trim() ? text.zh : undefined;
  const en = text?.en?.trim() ? text.en : undefined;
  if (zh !== undefined && en !== undefined) return { zh, en };
  if (zh === undefined && en === undefined) return fallback ?? { zh: '', en: '' };
  const filled = { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
  markUntranslated(filled, zh === undefined ? 'zh' : 'en');
  return filled;
}

function isScoreValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

/**
 * The edition the page shows for a user edition: every text in both languages (filled and marked
 * where missing), only valid scores (an empty or invalid cell is absent, shown as missing), routes
 * of no known group under an "Ungrouped" trend, and only unique ids. Never throws, whatever the
 * user edition holds, so a comparison with problems still shows what is valid.
 */
export function toDisplayEdition(user: UserEdition, texts: UserEditionTexts): Edition {
  const criteria: Criterion[] = uniqueById(user.criteria).map((criterion) => ({
    id: criterion.id,
    label: displayText(criterion.label, { zh: criterion.id, en: criterion.id }),
    definition: displayText(criterion.definition),
    scale: {
      low: displayText(criterion.scale.low),
      ...(hasText(criterion.scale.mid) ? { mid: displayText(criterion.scale.mid) } : {}),
      high: displayText(criterion.scale.high),
    },
  }));
  const criterionIds = new Set(criteria.map((criterion) => criterion.id));
  const trends: Trend[] = uniqueById(user.trends).map((trend) => displayTrend(trend.id, trend.name, trend.overview));
  const trendIds = new Set(trends.map((trend) => trend.id));
  const tags: Tag[] = uniqueById(user.tags).map((tag) => ({
    id: tag.id,
    label: displayText(tag.label, { zh: tag.id, en: tag.id }),
  }));
  const tagIds = new Set(tags.map((tag) => tag.id));
  const routes: Route[] = uniqueById(user.routes).map((route) => {
    const strengths = route.strengths.filter(hasText).map((text) => displayText(text));
    const weaknesses = route.weaknesses.filter(hasText).map((text) => displayText(text));
    const scores: Record<string, Score> = {};
    for (const [criterionId, score] of Object.entries(route.scores)) {
      if (!criterionIds.has(criterionId) || !isScoreValue(score.value)) continue;
      scores[criterionId] = {
        value: score.value,
        rationale: displayText(score.rationale),
        cites: score.cites.filter((cite) => CITE_PATTERN.test(cite)),
        ...(score.confidence ? { confidence: score.confidence } : {}),
      };
    }
    return {
      id: route.id,
      trendId: route.trendId !== undefined && trendIds.has(route.trendId) ? route.trendId : UNGROUPED_TREND_ID,
      name: displayText(route.name, { zh: route.id, en: route.id }),
      aliases: [],
      strengths,
      weaknesses,
      tags: route.tags.filter((tag) => tagIds.has(tag)),
      examples: route.examples.filter(hasText).map((text) => displayText(text)),
      scores,
    };
  });
  if (routes.some((route) => route.trendId === UNGROUPED_TREND_ID) && !trendIds.has(UNGROUPED_TREND_ID)) {
    trends.push(displayTrend(UNGROUPED_TREND_ID, texts.ungrouped));
  }
  const presets: Preset[] = uniqueById(user.presets)
    .filter((preset) => Object.entries(preset.weights).some(([id, weight]) => criterionIds.has(id) && weight > 0))
    .map((preset) => ({
      id: preset.id,
      name: displayText(preset.name, { zh: preset.id, en: preset.id }),
      description: displayText(preset.description),
      weights: Object.fromEntries(Object.entries(preset.weights).filter(([id]) => criterionIds.has(id))),
      cites: [...preset.cites],
    }));
  const title = displayText(user.title, texts.untitled);
  return {
    id: user.id,
    kind: 'user',
    title,
    shortTitle: title,
    introduction: displayText(user.introduction),
    summary: { zh: '', en: '' },
    source: { title: texts.sourceTitle, language: 'en' },
    criteria,
    tags,
    trends,
    routes: routes.filter((route) => trends.some((trend) => trend.id === route.trendId)),
    presets,
  };
}

function displayTrend(id: string, name: UserText | LocalizedText, overview?: UserText): Trend {
  const shownName = displayText(name, { zh: id, en: id });
  return {
    id,
    section: '',
    name: shownName,
    headline: shownName,
    overview: displayText(overview),
    detailsIntro: { zh: '', en: '' },
    detailsExamples: [],
    details: [],
    advice: [],
  };
}

function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}
