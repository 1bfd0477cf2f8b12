import { normalizeForSearch } from '../../../domain/locale';
import type { z } from '../../../domain/zod';
import { toDataIssues } from '../../../domain/edition/issues';
import { checkRouteReferences } from '../../../domain/edition/reference-checks';
import {
  SCORE_MAX,
  SCORE_MIN,
  userRouteSchema,
  type LocalizedText,
  type Route,
  type Score,
} from '../../../domain/edition/schema';
import {
  both,
  keepOrReplace,
  LIST_SEPARATOR,
  sameList,
  slugify,
  splitList,
  TAG_SEPARATOR,
  unguardCell,
  uniqueId,
} from './csv-cells';
import { planColumns, type ColumnPlan, type FieldId } from './csv-columns';
import type { ImportContext, ImportProblem, ImportResult, ImportTexts } from './import-types';
import { ImportTrendsAndTags } from './import-trends-tags';

/**
 * Turning the rows of an imported CSV into routes for the "My routes" edition, each checked with
 * the same route schema as `data/` files (JSON files: `import-edition-json.ts`).
 */

/**
 * Reads a CSV one row at a time (so a worker can report progress between rows) into routes.
 * `header` must be called first with the header cells; `row` with each later record's cells and
 * its spreadsheet row number; `finish` returns the result. Never throws on bad input.
 */
export class CsvRouteImporter {
  private plan: ColumnPlan | undefined;
  private readonly routes: Route[] = [];
  private readonly problems: ImportProblem[] = [];
  private rowCount = 0;
  private copies = 0;
  private readonly takenIds: Set<string>;
  private readonly fileIds = new Set<string>();
  private readonly trendsAndTags: ImportTrendsAndTags;
  private readonly sourceById: Map<string, Route>;
  private readonly sourceByName = new Map<string, Route>();
  private readonly rowSchema: z.ZodType<Route>;

  constructor(
    private readonly context: ImportContext,
    private readonly texts: ImportTexts,
  ) {
    this.takenIds = new Set(context.takenRouteIds);
    this.trendsAndTags = new ImportTrendsAndTags(context, texts);
    this.sourceById = new Map(context.sourceRoutes.map((route) => [route.id, route]));
    for (const route of context.sourceRoutes) {
      const names = [route.name, ...(route.fullName ? [route.fullName] : [])].flatMap((text) => [text.zh, text.en]);
      for (const name of names) {
        if (!this.sourceByName.has(normalizeForSearch(name))) this.sourceByName.set(normalizeForSearch(name), route);
      }
    }
    const references = {
      criterionIds: new Set(context.criteria.map((criterion) => criterion.id)),
      trendIds: this.trendsAndTags.trendIds,
      tagIds: this.trendsAndTags.tagIds,
    };
    this.rowSchema = userRouteSchema.superRefine((route, ctx) => checkRouteReferences(ctx, route, references, []));
  }

  /** Reads the header row; returns `false` when the file cannot be imported at all (no name column). */
  header(cells: readonly string[]): boolean {
    this.plan = planColumns(cells, this.context.criteria);
    this.problems.push(...this.plan.problems);
    return this.plan.byField.has('name');
  }

  private cell(cells: readonly string[], index: number | undefined): string | undefined {
    if (index === undefined) return undefined;
    const value = cells[index];
    return value === undefined ? undefined : unguardCell(value.trim());
  }

  private list(
    cell: string | undefined,
    original: readonly LocalizedText[] | undefined,
    separator: RegExp,
  ): LocalizedText[] {
    if (cell === undefined) return [...(original ?? [])];
    return splitList(cell, separator).map(
      (item) => original?.find((text) => text.zh === item || text.en === item) ?? both(item),
    );
  }

  /** Counts a row that could not be read as CSV (a broken quote) and reports it, without importing it. */
  rejectRow(rowNumber: number, key: 'csvUnclosedQuote' | 'csvStrayQuote'): void {
    if (rowNumber > 1) this.rowCount += 1;
    this.problems.push({ row: rowNumber, column: undefined, issue: { path: '', key, values: {} } });
  }

  /** Reads one data row; `rowNumber` is its spreadsheet row (the header is row 1). */
  row(cells: readonly string[], rowNumber: number): void {
    const plan = this.plan;
    if (!plan || cells.every((cell) => cell.trim() === '')) return;
    this.rowCount += 1;
    const field = (id: FieldId) => this.cell(cells, plan.byField.get(id));
    const name = field('name') ?? '';
    const idCell = field('id');
    const original =
      (idCell ? this.sourceById.get(idCell) : undefined) ?? this.sourceByName.get(normalizeForSearch(name));
    const problems: ImportProblem[] = [];
    const columnOf = (index: number | undefined) => (index === undefined ? undefined : plan.headers[index]);
    if (name.replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '') === '') {
      problems.push({
        row: rowNumber,
        column: columnOf(plan.byField.get('name')),
        issue: { path: 'name', key: 'missingField', values: {} },
      });
    }

    const strengths = this.list(field('strengths'), original?.strengths, LIST_SEPARATOR);
    const weaknesses = this.list(field('weaknesses'), original?.weaknesses, LIST_SEPARATOR);
    // Cites point into the strength and weakness lists; they only hold while the lists are unchanged.
    const citesHold =
      original !== undefined && sameList(strengths, original.strengths) && sameList(weaknesses, original.weaknesses);

    const scores: Record<string, Score> = {};
    for (const criterion of this.context.criteria) {
      const index = plan.byCriterion.get(criterion.id);
      const cell = this.cell(cells, index);
      const before =
        original && Object.hasOwn(original.scores, criterion.id) ? original.scores[criterion.id] : undefined;
      if (cell === undefined || cell === '') {
        if (before) scores[criterion.id] = citesHold ? before : { ...before, cites: [] };
        else {
          // Named as the file names it, or by the criterion's label when the file has no such column.
          problems.push({
            row: rowNumber,
            column: columnOf(index) ?? `${criterion.label.zh} / ${criterion.label.en}`,
            issue: { path: `scores.${criterion.id}`, key: 'noScore', values: { min: SCORE_MIN, max: SCORE_MAX } },
          });
        }
        continue;
      }
      const value = Number(cell);
      if (!/^[+-]?\d+(?:\.\d+)?$/.test(cell) || !Number.isInteger(value) || value < SCORE_MIN || value > SCORE_MAX) {
        problems.push({
          row: rowNumber,
          column: columnOf(index),
          issue: {
            path: `scores.${criterion.id}.value`,
            key: 'scoreRange',
            values: { min: SCORE_MIN, max: SCORE_MAX, got: cell },
          },
        });
        continue;
      }
      scores[criterion.id] =
        before && before.value === value
          ? citesHold
            ? before
            : { ...before, cites: [] }
          : { value, rationale: this.texts.importedScore(this.context.fileName, rowNumber), cites: [] };
    }

    const baseId = idCell || original?.id || slugify(name) || `route-${rowNumber}`;
    if (idCell && this.fileIds.has(idCell)) {
      problems.push({
        row: rowNumber,
        column: columnOf(plan.byField.get('id')),
        issue: { path: 'id', key: 'duplicateId', values: { id: idCell } },
      });
    }
    const candidate = {
      id: baseId,
      trendId: this.trendsAndTags.trendFor(field('trend'), original),
      name: keepOrReplace(original?.name, name),
      ...(original?.fullName ? { fullName: original.fullName } : {}),
      aliases: original ? [...original.aliases] : [],
      strengths,
      weaknesses,
      tags: [
        ...new Set(
          field('tags') === undefined
            ? (original?.tags ?? []).filter((tag) => this.trendsAndTags.tagIds.has(tag))
            : splitList(field('tags') ?? '', TAG_SEPARATOR).map((label) => this.trendsAndTags.tagFor(label)),
        ),
      ],
      examples: this.list(field('examples'), original?.examples, LIST_SEPARATOR),
      scores,
    };
    const parsed = this.rowSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      for (const issue of toDataIssues(parsed.error.issues)) {
        // A field already reported (a score out of range, a blank name) is not reported again.
        if (problems.some(({ issue: { path } }) => path.startsWith(issue.path) || issue.path.startsWith(path))) {
          continue;
        }
        problems.push({ row: rowNumber, column: this.columnForPath(issue.path), issue });
      }
    }
    if (problems.length > 0 || !parsed.success) {
      this.problems.push(...problems);
      return;
    }
    this.fileIds.add(idCell || baseId);
    if (this.context.takenRouteIds.has(parsed.data.id)) this.copies += 1;
    this.routes.push({ ...parsed.data, id: uniqueId(parsed.data.id, this.takenIds) });
  }

  private columnForPath(path: string): string | undefined {
    const plan = this.plan;
    if (!plan) return undefined;
    const [head, second] = path.split(/[.[]/);
    if (head === 'scores' && second) {
      const index = plan.byCriterion.get(second);
      return index === undefined
        ? (this.context.criteria.find((item) => item.id === second)?.label.en ?? second)
        : plan.headers[index];
    }
    const field = head === 'trendId' ? 'trend' : head === 'aliases' || head === 'fullName' ? 'name' : (head as FieldId);
    const index = plan.byField.get(field);
    return index === undefined ? undefined : plan.headers[index];
  }

  /** The routes read so far that passed, the trends and tags they need that are new, and every problem. */
  finish(): ImportResult {
    const usedTrends = new Set(this.routes.map((route) => route.trendId));
    const usedTags = new Set(this.routes.flatMap((route) => route.tags));
    return {
      format: 'csv',
      rowCount: this.rowCount,
      routes: this.routes,
      trends: [...this.context.trends, ...this.trendsAndTags.newTrends.values()].filter((trend) =>
        usedTrends.has(trend.id),
      ),
      tags: [...this.context.tags, ...this.trendsAndTags.newTags.values()].filter((tag) => usedTags.has(tag.id)),
      criteria: this.context.criteria,
      problems: this.problems,
      ignoredColumns: this.plan?.ignored ?? [],
      copies: this.copies,
    };
  }
}
