import { LOCALES } from '../locale.ts';
import { z } from '../zod.ts';
import { CITE_PATTERN, RESERVED_CRITERION_IDS, resolveAdviceCite, SCORE_MAX, SCORE_MIN } from './model.ts';
import { checkRouteReferences, pushDuplicateIssues, pushRepeatIssues } from './reference-checks.ts';

// Re-exported: the constants and resolvers live in ./edition, which the first view can import
// without loading zod and the schemas.
export {
  RESERVED_CRITERION_IDS,
  SCORE_MAX,
  SCORE_MIN,
  resolveAdviceCite,
  resolveCite,
  type AdviceSource,
} from './model.ts';

/**
 * The one place that knows the JSON shape of an edition file in `data/`.
 *
 * Custom problems carry `params.key` (a `dataIssue.*` locale key) and `params.values`, so the
 * same issue can be shown in either language by `describeDataIssue`.
 */

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Non-empty text in one language. An empty or blank string counts as a missing translation. */
// Zero-width characters and the BOM are not whitespace to String#trim, but show nothing either.
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/u;

const translationSchema = z.string().refine((text) => VISIBLE.test(text), { params: { key: 'missingTranslation' } });

/** Human-readable text in both content languages: `{ "zh": "…", "en": "…" }`. */
export const localizedTextSchema = z.strictObject({ zh: translationSchema, en: translationSchema });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A criterion routes are scored on, e.g. `cost`. Higher scores are always better for the user. */
export const criterionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /**
   * Other names a file's column may use for this criterion (e.g. 成本 / Cost for cost
   * efficiency); matched, like the label, when a CSV is imported.
   */
  aliases: z.array(localizedTextSchema).optional(),
  definition: localizedTextSchema,
  /** What the lowest and highest scores mean, and (optional) what the middle one means. */
  scale: z.strictObject({ low: localizedTextSchema, mid: localizedTextSchema.optional(), high: localizedTextSchema }),
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

const citeSchema = z.string().regex(CITE_PATTERN);

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

/**
 * What an edition file may leave empty. A data file (`data/`) must carry the article's content in
 * full: every trend has technical details and advice, every route strengths and weaknesses, and
 * every score cites the clauses it rests on. A user edition ("My routes", built from an imported
 * CSV) may not have them: a spreadsheet row is a name and scores.
 */
export type EditionKind = 'data' | 'user';

function schemasFor(kind: EditionKind) {
  // Lists a data file must fill (see EditionKind); a user edition may leave them empty.
  const filled = kind === 'data' ? 1 : 0;

  /** A trend of the edition, e.g. generative AI (seed sections 一, 二, 三). */
  const trend = z.strictObject({
    id: idSchema,
    section: z.string().min(1),
    name: localizedTextSchema,
    headline: localizedTextSchema,
    overview: localizedTextSchema,
    detailsIntro: localizedTextSchema,
    detailsExamples: z.array(localizedTextSchema),
    details: z.array(trendPointSchema).min(filled),
    advice: z.array(trendPointSchema).min(filled),
  });

  /**
   * A route's score on one criterion: an integer from {@link SCORE_MIN} to {@link SCORE_MAX} and the
   * rationale for it, citing (`strengths[i]`, `weaknesses[i]`, 0-based) the clauses it rests on.
   */
  const score = z.strictObject({
    value: z.number().refine((v) => Number.isInteger(v) && v >= SCORE_MIN && v <= SCORE_MAX, {
      params: { key: 'scoreRange', values: { min: SCORE_MIN, max: SCORE_MAX } },
    }),
    rationale: localizedTextSchema,
    cites: z.array(citeSchema).min(filled),
    /**
     * How sure the score is: said outright, worked out, or a guess. Absent in the article's
     * edition, where a rationale says "inferred" in words (see docs/scoring-rule.md).
     */
    confidence: z.enum(['stated', 'inferred', 'guess']).optional(),
  });

  /** A technical route of a trend, e.g. GPU in the AI-chips trend (seed tables 1.2, 2.2, 3.2). */
  const route = z.strictObject({
    id: idSchema,
    trendId: idSchema,
    name: localizedTextSchema,
    fullName: localizedTextSchema.optional(),
    aliases: z.array(localizedTextSchema),
    strengths: z.array(localizedTextSchema).min(filled),
    weaknesses: z.array(localizedTextSchema).min(filled),
    tags: z.array(idSchema),
    examples: z.array(localizedTextSchema),
    scores: z.record(idSchema, score),
  });

  /**
   * A whole edition file: its metadata, criteria, tags, trends and routes, with cross-references
   * checked (unique ids, known trend and tag ids, a score for every criterion, cites that exist).
   */
  const edition = z
    .strictObject({
      /**
       * `user` for an edition the reader built (kept in the browser, or exported from it and
       * checked as such); absent for the article's editions.
       */
      kind: z.literal('user').optional(),
      id: z.string().min(1),
      title: localizedTextSchema,
      /** A few words for the header, e.g. "Three major AI trends of 2024" (a shortening of the article's title). */
      shortTitle: localizedTextSchema,
      introduction: localizedTextSchema,
      summary: localizedTextSchema,
      source: z.strictObject({ title: localizedTextSchema, language: z.enum(LOCALES) }),
      criteria: z.array(criterionSchema).min(1),
      tags: z.array(tagSchema),
      trends: z.array(trend).min(1),
      routes: z.array(route).min(1),
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

      const references = { criterionIds, trendIds, tagIds };
      edition.routes.forEach((route, index) => checkRouteReferences(ctx, route, references, ['routes', index]));
    });

  return { trend, score, route, edition };
}

const dataSchemas = schemasFor('data');
const userSchemas = schemasFor('user');

/** A trend of a data file, e.g. generative AI (seed sections 一, 二, 三). */
export const trendSchema = dataSchemas.trend;
export type Trend = z.infer<typeof trendSchema>;

/** A score in a data file: value 1–5, bilingual rationale, at least one cited clause. */
export const scoreSchema = dataSchemas.score;
export type Score = z.infer<typeof scoreSchema>;

/** A route of a data file (seed tables 1.2, 2.2, 3.2). */
export const routeSchema = dataSchemas.route;
export type Route = z.infer<typeof routeSchema>;

/** A whole data file in `data/`, checked in full (see {@link EditionKind}). */
export const editionSchema = dataSchemas.edition;

/** A route as a user edition may hold it: strengths, weaknesses and cites may be empty. */
export const userRouteSchema = userSchemas.route;

/** The "My routes" edition (imported and stored in the browser), checked as {@link EditionKind} `user`. */
export const userEditionSchema = userSchemas.edition;

export type Edition = z.infer<typeof editionSchema>;
