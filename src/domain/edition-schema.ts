import { z } from 'zod';

/**
 * The one place that knows the JSON shape of an edition file in `data/`.
 *
 * Custom problems carry `params.key` (a `dataIssue.*` locale key) and `params.values`, so the
 * same issue can be shown in either language by `describeDataIssue`.
 */

/** Lowest and highest score a route can get on a criterion (integers, higher is better). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

const LOCALES = ['zh', 'en'] as const;

/**
 * Ids the routes table already uses for its fixed columns; a criterion (which becomes a column
 * with its own id) may not take one of them.
 */
export const RESERVED_CRITERION_IDS = ['route', 'trend', 'overall', 'strengths', 'weaknesses', 'tags'] as const;

/** A locale that content is written in: `zh` (Simplified Chinese) or `en`. */
export type ContentLocale = (typeof LOCALES)[number];

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Non-empty text in one language. An empty or blank string counts as a missing translation. */
// Zero-width characters and the BOM are not whitespace to String#trim, but show nothing either.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

const translationSchema = z
  .string()
  .refine((text) => text.replace(INVISIBLE, '').length > 0, { params: { key: 'missingTranslation' } });

/** Human-readable text in both content languages: `{ "zh": "…", "en": "…" }`. */
export const localizedTextSchema = z.strictObject({ zh: translationSchema, en: translationSchema });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A criterion routes are scored on, e.g. `cost`. Higher scores are always better for the user. */
export const criterionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  definition: localizedTextSchema,
  scale: z.strictObject({ low: localizedTextSchema, high: localizedTextSchema }),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A label routes can carry, e.g. `edge`; routes refer to it by id. */
export const tagSchema = z.strictObject({ id: idSchema, label: localizedTextSchema });
export type Tag = z.infer<typeof tagSchema>;

/** One titled point of a trend: a technical-detail bullet or a developer-advice item. */
export const trendPointSchema = z.strictObject({
  title: localizedTextSchema,
  text: localizedTextSchema,
  examples: z.array(localizedTextSchema),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** A trend of the edition, e.g. generative AI (seed sections 一, 二, 三). */
export const trendSchema = z.strictObject({
  id: idSchema,
  section: z.string().min(1),
  name: localizedTextSchema,
  headline: localizedTextSchema,
  overview: localizedTextSchema,
  detailsIntro: localizedTextSchema,
  detailsExamples: z.array(localizedTextSchema),
  details: z.array(trendPointSchema).min(1),
  advice: z.array(trendPointSchema).min(1),
});
export type Trend = z.infer<typeof trendSchema>;

const CITE_PATTERN = /^(strengths|weaknesses)\[(\d+)\]$/;

const citeSchema = z.string().regex(CITE_PATTERN);

/**
 * A route's score on one criterion: an integer from {@link SCORE_MIN} to {@link SCORE_MAX} and the
 * rationale for it, citing (`strengths[i]`, `weaknesses[i]`, 0-based) the clauses it rests on.
 */
export const scoreSchema = z.strictObject({
  value: z.number().refine((v) => Number.isInteger(v) && v >= SCORE_MIN && v <= SCORE_MAX, {
    params: { key: 'scoreRange', values: { min: SCORE_MIN, max: SCORE_MAX } },
  }),
  rationale: localizedTextSchema,
  cites: z.array(citeSchema).min(1),
});
export type Score = z.infer<typeof scoreSchema>;

/** A technical route of a trend, e.g. GPU in the AI-chips trend (seed tables 1.2, 2.2, 3.2). */
export const routeSchema = z.strictObject({
  id: idSchema,
  trendId: idSchema,
  name: localizedTextSchema,
  fullName: localizedTextSchema.optional(),
  aliases: z.array(localizedTextSchema),
  strengths: z.array(localizedTextSchema).min(1),
  weaknesses: z.array(localizedTextSchema).min(1),
  tags: z.array(idSchema),
  examples: z.array(localizedTextSchema),
  scores: z.record(idSchema, scoreSchema),
});
export type Route = z.infer<typeof routeSchema>;

const ADVICE_CITE_PATTERN = /^trends\.([a-z0-9]+(?:-[a-z0-9]+)*)\.advice\[(\d+)\]$/;

/**
 * A weighting preset drawn from the article's advice for developers (seed sections 1.3, 2.3, 3.3
 * and the conclusion), e.g. "mobile / edge app".
 */
export const presetSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** Why these weights, in a sentence; the cited advice is shown next to it. */
  description: localizedTextSchema,
  /** Relative weight per criterion id (non-negative; normalised to 100 % when applied). */
  weights: z.record(idSchema, z.number().nonnegative()),
  /** What the preset rests on: `trends.<trend id>.advice[<i>]` (0-based) or `summary` (the conclusion). */
  cites: z.array(z.string()).min(1),
});
export type Preset = z.infer<typeof presetSchema>;

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

function pushDuplicateIssues(
  ctx: z.core.$RefinementCtx,
  items: readonly { id: string }[],
  listName: string,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [listName, index, 'id'],
        message: 'duplicateId',
        params: { key: 'duplicateId', values: { id: item.id } },
      });
    }
    seen.add(item.id);
  });
  return seen;
}

function pushRepeatIssues(ctx: z.core.$RefinementCtx, items: readonly string[], path: (string | number)[]): void {
  items.forEach((item, index) => {
    if (items.indexOf(item) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: 'repeatedItem',
        params: { key: 'repeatedItem', values: { item } },
      });
    }
  });
}

/**
 * A whole edition file: its metadata, criteria, tags, trends and routes, with cross-references
 * checked (unique ids, known trend and tag ids, a score for every criterion, cites that exist).
 */
export const editionSchema = z
  .strictObject({
    id: z.string().min(1),
    title: localizedTextSchema,
    /** A few words for the header, e.g. "Three major AI trends of 2024" (a shortening of the article's title). */
    shortTitle: localizedTextSchema,
    introduction: localizedTextSchema,
    summary: localizedTextSchema,
    source: z.strictObject({ title: localizedTextSchema, language: z.enum(LOCALES) }),
    criteria: z.array(criterionSchema).min(1),
    tags: z.array(tagSchema),
    trends: z.array(trendSchema).min(1),
    routes: z.array(routeSchema).min(1),
    /** Weighting presets for the Decide view; may be empty. */
    presets: z.array(presetSchema),
  })
  .superRefine((edition, ctx) => {
    const criterionIds = pushDuplicateIssues(ctx, edition.criteria, 'criteria');
    edition.criteria.forEach((criterion, index) => {
      if ((RESERVED_CRITERION_IDS as readonly string[]).includes(criterion.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'id'],
          message: 'reservedId',
          params: { key: 'reservedId', values: { id: criterion.id } },
        });
      }
    });
    const tagIds = pushDuplicateIssues(ctx, edition.tags, 'tags');
    const trendIds = pushDuplicateIssues(ctx, edition.trends, 'trends');
    pushDuplicateIssues(ctx, edition.routes, 'routes');
    pushDuplicateIssues(ctx, edition.presets, 'presets');

    edition.presets.forEach((preset, index) => {
      for (const criterionId of Object.keys(preset.weights)) {
        if (!criterionIds.has(criterionId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['presets', index, 'weights', criterionId],
            message: 'unknownCriterion',
            params: { key: 'unknownCriterion', values: { id: criterionId } },
          });
        }
      }
      if (!Object.values(preset.weights).some((weight) => weight > 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['presets', index, 'weights'],
          message: 'noWeight',
          params: { key: 'noWeight', values: {} },
        });
      }
      pushRepeatIssues(ctx, preset.cites, ['presets', index, 'cites']);
      preset.cites.forEach((cite, citeIndex) => {
        if (!resolveAdviceCite(edition, cite)) {
          ctx.addIssue({
            code: 'custom',
            path: ['presets', index, 'cites', citeIndex],
            message: 'badAdviceCite',
            params: { key: 'badAdviceCite', values: { cite } },
          });
        }
      });
    });

    edition.trends.forEach((trend, index) => {
      if (!edition.routes.some((route) => route.trendId === trend.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['trends', index, 'id'],
          message: 'emptyTrend',
          params: { key: 'emptyTrend', values: { id: trend.id } },
        });
      }
    });

    edition.routes.forEach((route, index) => {
      pushRepeatIssues(ctx, route.tags, ['routes', index, 'tags']);
      if (!trendIds.has(route.trendId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', index, 'trendId'],
          message: 'unknownTrend',
          params: { key: 'unknownTrend', values: { id: route.trendId } },
        });
      }
      route.tags.forEach((tag, tagIndex) => {
        if (!tagIds.has(tag)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', index, 'tags', tagIndex],
            message: 'unknownTag',
            params: { key: 'unknownTag', values: { id: tag } },
          });
        }
      });
      for (const criterionId of criterionIds) {
        // Own properties only: `constructor` or `toString` must not count as a score.
        if (!Object.hasOwn(route.scores, criterionId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', index, 'scores', criterionId],
            message: 'missingScore',
            params: { key: 'missingScore', values: { id: criterionId } },
          });
        }
      }
      for (const [criterionId, score] of Object.entries(route.scores)) {
        if (!criterionIds.has(criterionId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', index, 'scores', criterionId],
            message: 'unknownCriterion',
            params: { key: 'unknownCriterion', values: { id: criterionId } },
          });
        }
        pushRepeatIssues(ctx, score.cites, ['routes', index, 'scores', criterionId, 'cites']);
        score.cites.forEach((cite, citeIndex) => {
          if (CITE_PATTERN.test(cite) && !resolveCite(route, cite)) {
            ctx.addIssue({
              code: 'custom',
              path: ['routes', index, 'scores', criterionId, 'cites', citeIndex],
              message: 'citeOutOfRange',
              params: { key: 'citeOutOfRange', values: { cite } },
            });
          }
        });
      }
    });
  });

export type Edition = z.infer<typeof editionSchema>;
