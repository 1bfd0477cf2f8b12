import { z } from '../../../domain/zod.ts';
import { findForbiddenKeys, toDataIssues, type DataIssue } from '../../../domain/edition/issues.ts';
import { CITE_PATTERN, RESERVED_CRITERION_IDS, SCORE_MAX, SCORE_MIN } from '../../../domain/edition/model.ts';
import { MAX_CRITERIA, MIN_CRITERIA, hasText, type UserEdition, type UserText } from './user-edition.ts';

/**
 * The check of a user edition (see ./user-edition): the data file's schema in its user variant. In
 * two steps, so a comparison with problems still loads and saves: the *shape* (zod) decides whether
 * a value is a user edition at all; the *problems* (missing texts and scores, repeated ids, broken
 * references) are listed at their fields for the editor, and never stop it.
 *
 * Loaded with the editor, the importer and the stored editions' check, never by the first view.
 */

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const textSchema = z.strictObject({ zh: z.string().optional(), en: z.string().optional() });

const criterionShape = z.strictObject({
  id: idSchema,
  label: textSchema,
  definition: textSchema,
  scale: z.strictObject({ low: textSchema, mid: textSchema.optional(), high: textSchema }),
});

const scoreShape = z.strictObject({
  value: z.number().optional(),
  rationale: textSchema.optional(),
  cites: z.array(z.string()),
  confidence: z.enum(['stated', 'inferred', 'guess']).optional(),
});

const routeShape = z.strictObject({
  id: idSchema,
  trendId: idSchema.optional(),
  name: textSchema,
  strengths: z.array(textSchema),
  weaknesses: z.array(textSchema),
  tags: z.array(idSchema),
  examples: z.array(textSchema),
  scores: z.record(idSchema, scoreShape),
});

/** The shape of a user edition file (`"kind": "user"`). */
export const userEditionShape = z.strictObject({
  kind: z.literal('user'),
  id: z.string().min(1).max(100),
  title: textSchema,
  introduction: textSchema,
  author: z.string().max(200).optional(),
  criteria: z.array(criterionShape),
  trends: z.array(z.strictObject({ id: idSchema, name: textSchema, overview: textSchema.optional() })),
  tags: z.array(z.strictObject({ id: idSchema, label: textSchema })),
  routes: z.array(routeShape),
  presets: z.array(
    z.strictObject({
      id: idSchema,
      name: textSchema,
      description: textSchema,
      weights: z.record(idSchema, z.number().nonnegative()),
      cites: z.array(z.string()),
    }),
  ),
});

/** A user edition read from anywhere (storage, a file, a link), or why it is not one. */
export type UserEditionCheck =
  | { readonly ok: true; readonly edition: UserEdition; readonly problems: readonly DataIssue[] }
  | { readonly ok: false; readonly issues: readonly DataIssue[] };

/**
 * Checks `input` (parsed JSON) as a user edition. `ok: false` when its shape is wrong (not a user
 * edition: every issue listed); otherwise the edition and its {@link userEditionProblems}. Never throws.
 */
export function checkUserEdition(input: unknown): UserEditionCheck {
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  const result = userEditionShape.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, issues: toDataIssues(result.error.issues) };
  const edition = result.data as UserEdition;
  return { ok: true, edition, problems: userEditionProblems(edition) };
}

function issue(path: string, key: DataIssue['key'], values: DataIssue['values'] = {}): DataIssue {
  return { path, key, values };
}

function missingText(path: string, text: UserText | undefined, into: DataIssue[]): void {
  if (!hasText(text)) into.push(issue(path, 'missingText'));
}

function repeatedIds(items: readonly { readonly id: string }[], list: string, into: DataIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) into.push(issue(`${list}[${index}].id`, 'duplicateId', { id: item.id }));
    seen.add(item.id);
  });
  return seen;
}

/**
 * What a user edition lacks or gets wrong, each at its field (JSON path, `dataIssue.*` key): a
 * text in neither language, 1–12 criteria, a repeated or reserved id, an unknown group, tag or
 * criterion, an empty or out-of-range score, a cite past the end of its list, a preset with no
 * weight. Strengths, cites and translations may be missing: a user edition need not have them.
 */
export function userEditionProblems(edition: UserEdition): DataIssue[] {
  const problems: DataIssue[] = [];
  missingText('title', edition.title, problems);
  if (edition.criteria.length < MIN_CRITERIA) problems.push(issue('criteria', 'noCriteria'));
  if (edition.criteria.length > MAX_CRITERIA) {
    problems.push(issue('criteria', 'tooBig', { maximum: MAX_CRITERIA, got: edition.criteria.length }));
  }
  const criterionIds = repeatedIds(edition.criteria, 'criteria', problems);
  edition.criteria.forEach((criterion, index) => {
    if ((RESERVED_CRITERION_IDS as readonly string[]).includes(criterion.id)) {
      problems.push(issue(`criteria[${index}].id`, 'reservedId', { id: criterion.id }));
    }
    missingText(`criteria[${index}].label`, criterion.label, problems);
    missingText(`criteria[${index}].definition`, criterion.definition, problems);
    missingText(`criteria[${index}].scale.low`, criterion.scale.low, problems);
    missingText(`criteria[${index}].scale.high`, criterion.scale.high, problems);
  });
  const trendIds = repeatedIds(edition.trends, 'trends', problems);
  edition.trends.forEach((trend, index) => missingText(`trends[${index}].name`, trend.name, problems));
  const tagIds = repeatedIds(edition.tags, 'tags', problems);
  edition.tags.forEach((tag, index) => missingText(`tags[${index}].label`, tag.label, problems));
  if (edition.routes.length === 0) problems.push(issue('routes', 'noRoutes'));
  repeatedIds(edition.routes, 'routes', problems);
  edition.routes.forEach((route, index) => {
    const path = `routes[${index}]`;
    missingText(`${path}.name`, route.name, problems);
    if (route.trendId !== undefined && !trendIds.has(route.trendId)) {
      problems.push(issue(`${path}.trendId`, 'unknownTrend', { id: route.trendId }));
    }
    route.tags.forEach((tag, tagIndex) => {
      if (!tagIds.has(tag)) problems.push(issue(`${path}.tags[${tagIndex}]`, 'unknownTag', { id: tag }));
    });
    for (const criterionId of criterionIds) {
      // At its cell the route and criterion are plain to see: the message says only what is missing.
      const value = Object.hasOwn(route.scores, criterionId) ? route.scores[criterionId]?.value : undefined;
      if (value === undefined) problems.push(issue(`${path}.scores.${criterionId}`, 'notScored', { id: criterionId }));
    }
    for (const [criterionId, score] of Object.entries(route.scores)) {
      const scorePath = `${path}.scores.${criterionId}`;
      if (!criterionIds.has(criterionId)) problems.push(issue(scorePath, 'unknownCriterion', { id: criterionId }));
      if (
        score.value !== undefined &&
        !(Number.isInteger(score.value) && score.value >= SCORE_MIN && score.value <= SCORE_MAX)
      ) {
        problems.push(issue(`${scorePath}.value`, 'scoreRange', { min: SCORE_MIN, max: SCORE_MAX, got: score.value }));
      }
      score.cites.forEach((cite, citeIndex) => {
        const citePath = `${scorePath}.cites[${citeIndex}]`;
        const match = CITE_PATTERN.exec(cite);
        if (!match) problems.push(issue(citePath, 'badCite', { got: cite }));
        else if (Number(match[2]) >= route[match[1] === 'strengths' ? 'strengths' : 'weaknesses'].length) {
          problems.push(issue(citePath, 'citeOutOfRange', { cite }));
        }
      });
    }
  });
  edition.presets.forEach((preset, index) => {
    missingText(`presets[${index}].name`, preset.name, problems);
    for (const criterionId of Object.keys(preset.weights)) {
      if (!criterionIds.has(criterionId)) {
        problems.push(issue(`presets[${index}].weights.${criterionId}`, 'unknownCriterion', { id: criterionId }));
      }
    }
    if (!Object.values(preset.weights).some((weight) => weight > 0)) {
      problems.push(issue(`presets[${index}].weights`, 'noWeight'));
    }
  });
  return problems;
}
