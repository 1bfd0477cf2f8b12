import type { z } from '../zod.ts';
import { CITE_PATTERN, resolveCite } from './model.ts';
import type { Route } from './schema.ts';

/**
 * The cross-reference checks an edition's schema runs once every part has its shape: ids that
 * must be unique, lists that must not repeat an item, and a route's references to the criteria,
 * trends, tags and clauses of its edition. Each adds custom issues (`params.key`, a `dataIssue.*`
 * locale key) to the refinement context it is given.
 */

/**
 * Adds a `duplicateId` issue for each item of `items` (the list `listName`) whose id came earlier;
 * returns the set of ids seen.
 */
export function pushDuplicateIssues(
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

/** Adds a `repeatedItem` issue (under `path`) for each item of `items` that came earlier. */
export function pushRepeatIssues(
  ctx: z.core.$RefinementCtx,
  items: readonly string[],
  path: (string | number)[],
): void {
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

/** The route-level cross-references an edition checks: ids that exist in the same edition. */
export interface RouteReferences {
  readonly criterionIds: ReadonlySet<string>;
  readonly trendIds: ReadonlySet<string>;
  readonly tagIds: ReadonlySet<string>;
}

/**
 * Adds an issue to `ctx` (paths under `path`, e.g. `['routes', 4]`) for each broken reference of
 * one shape-valid route: a repeated tag, an unknown trend or tag, a criterion it does not score or
 * that does not exist, a repeated cite, a cite past the end of its list.
 */
export function checkRouteReferences(
  ctx: z.core.$RefinementCtx,
  route: Route,
  references: RouteReferences,
  path: readonly (string | number)[],
): void {
  const { criterionIds, trendIds, tagIds } = references;
  pushRepeatIssues(ctx, route.tags, [...path, 'tags']);
  if (!trendIds.has(route.trendId)) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'trendId'],
      message: 'unknownTrend',
      params: { key: 'unknownTrend', values: { id: route.trendId } },
    });
  }
  route.tags.forEach((tag, tagIndex) => {
    if (!tagIds.has(tag)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'tags', tagIndex],
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
        path: [...path, 'scores', criterionId],
        message: 'missingScore',
        params: { key: 'missingScore', values: { id: criterionId } },
      });
    }
  }
  for (const [criterionId, score] of Object.entries(route.scores)) {
    if (!criterionIds.has(criterionId)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'scores', criterionId],
        message: 'unknownCriterion',
        params: { key: 'unknownCriterion', values: { id: criterionId } },
      });
    }
    pushRepeatIssues(ctx, score.cites, [...path, 'scores', criterionId, 'cites']);
    score.cites.forEach((cite, citeIndex) => {
      if (CITE_PATTERN.test(cite) && !resolveCite(route, cite)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'scores', criterionId, 'cites', citeIndex],
          message: 'citeOutOfRange',
          params: { key: 'citeOutOfRange', values: { cite } },
        });
      }
    });
  }
}
