import {
  findForbiddenKeys,
  parseEdition,
  parseJsonText,
  toDataIssues,
  type DataIssue,
} from '../../../domain/edition/issues';
import { userEditionSchema, type Route } from '../../../domain/edition/schema';
import type { ImportContext, ImportProblem, ImportResult } from './import-types';

/** How many times routes with problems are set aside and the rest checked again. */
const MAX_PASSES = 6;

function fileProblem(issue: DataIssue): ImportProblem {
  return { row: undefined, column: issue.path || undefined, issue };
}

function emptyResult(context: ImportContext, rowCount: number, problems: ImportProblem[]): ImportResult {
  return {
    format: 'json',
    rowCount,
    routes: [],
    trends: [],
    tags: [],
    criteria: context.criteria,
    problems,
    ignoredColumns: [],
    copies: 0,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Imports a JSON file in the data schema (e.g. our own JSON export). Every route with a problem is
 * set aside and reported with its JSON path (`routes[3].scores.cost.value: …`); the rest is checked
 * again as an edition, so cross-references hold among the routes that stay. A problem outside the
 * routes (criteria, trends, tags, metadata), or criteria that differ from `context.criteria` when
 * `criteriaFixed`, makes the whole file unimportable. Presets are not imported. Never throws.
 */
export function importEditionJson(
  text: string,
  context: ImportContext & { readonly criteriaFixed: boolean },
): ImportResult {
  const json = parseJsonText(text);
  if (!json.ok) return emptyResult(context, 0, json.issues.map(fileProblem));
  const forbidden = findForbiddenKeys(json.value);
  if (forbidden.length > 0) return emptyResult(context, 0, forbidden.map(fileProblem));
  const raw = json.value;
  if (!isRecord(raw) || !Array.isArray(raw.routes) || !Array.isArray(raw.trends)) {
    const parsed = parseEdition(raw, 'user');
    return emptyResult(context, 0, parsed.ok ? [] : parsed.issues.map(fileProblem));
  }
  const rawRoutes: unknown[] = raw.routes;
  const rawTrends: unknown[] = raw.trends;
  const problems: ImportProblem[] = [];
  let kept = rawRoutes.map((_, index) => index);

  for (let pass = 0; pass < MAX_PASSES && kept.length > 0; pass += 1) {
    const routes = kept.map((index) => rawRoutes[index]);
    // Trends left without routes are not imported (and so cannot fail as empty).
    const used = new Set(routes.map((route) => (isRecord(route) ? route.trendId : undefined)));
    const candidate = {
      ...raw,
      routes,
      trends: rawTrends.filter((trend) => isRecord(trend) && used.has(trend.id)),
      presets: [],
    };
    const result = userEditionSchema.safeParse(candidate, { reportInput: true });
    if (result.success) {
      const edition = result.data;
      const fileIds = edition.criteria.map((criterion) => criterion.id).sort();
      const ourIds = context.criteria.map((criterion) => criterion.id).sort();
      if (context.criteriaFixed && fileIds.join() !== ourIds.join()) {
        return emptyResult(context, rawRoutes.length, [
          fileProblem({
            path: 'criteria',
            key: 'criteriaMismatch',
            values: { expected: ourIds.join(', '), got: fileIds.join(', ') },
          }),
        ]);
      }
      const taken = new Set(context.takenRouteIds);
      const copies = edition.routes.filter((route) => context.takenRouteIds.has(route.id)).length;
      const renamed: Route[] = edition.routes.map((route) => {
        let id = route.id;
        for (let n = 2; taken.has(id); n += 1) id = `${route.id}-${n}`;
        taken.add(id);
        return id === route.id ? route : { ...route, id };
      });
      const usedTags = new Set(renamed.flatMap((route) => route.tags));
      return {
        format: 'json',
        rowCount: rawRoutes.length,
        routes: renamed,
        trends: edition.trends,
        tags: edition.tags.filter((tag) => usedTags.has(tag.id)),
        criteria: context.criteriaFixed ? context.criteria : edition.criteria,
        problems,
        ignoredColumns: [],
        copies,
      };
    }
    const setAside = new Set<number>();
    const fileLevel: DataIssue[] = [];
    for (const issue of toDataIssues(result.error.issues)) {
      const match = /^routes\[(\d+)\](.*)$/.exec(issue.path);
      const original = match ? kept[Number(match[1])] : undefined;
      if (match && original !== undefined) {
        setAside.add(Number(match[1]));
        problems.push(fileProblem({ ...issue, path: `routes[${original}]${match[2] ?? ''}` }));
      } else {
        fileLevel.push(issue);
      }
    }
    if (fileLevel.length > 0)
      return emptyResult(context, rawRoutes.length, [...problems, ...fileLevel.map(fileProblem)]);
    kept = kept.filter((_, position) => !setAside.has(position));
  }
  return emptyResult(context, rawRoutes.length, problems);
}
