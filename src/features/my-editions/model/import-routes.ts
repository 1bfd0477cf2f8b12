import { normalizeForSearch } from '../../../domain/locale';
import type { z } from '../../../domain/zod';
import { toDataIssues, type DataIssue } from '../../../domain/edition/issues';
import {
  checkRouteReferences,
  SCORE_MAX,
  SCORE_MIN,
  userRouteSchema,
  type Criterion,
  type LocalizedText,
  type Route,
  type Score,
  type Tag,
  type Trend,
} from '../../../domain/edition/schema';
import { toCsv } from '../../../domain/table-formats';

/**
 * Turning the rows of an imported CSV (or the routes of an imported JSON file) into routes for
 * the "My routes" edition, each checked with the same route schema as `data/` files.
 */

/** Generated text the importer writes, in both languages (the UI supplies it from its locales). */
export interface ImportTexts {
  /** Name and overview of the trend for rows that name none. */
  readonly unassignedTrend: { readonly name: LocalizedText; readonly overview: LocalizedText };
  /** Overview of a trend created for a trend name no edition knows. */
  readonly newTrendOverview: (file: string) => LocalizedText;
  /** Rationale of an imported score that differs from (or has no) original. */
  readonly importedScore: (file: string, row: number) => LocalizedText;
}

/** What an import can match against and must not collide with. */
export interface ImportContext {
  /** The name of the file being imported, for rationales and messages. */
  readonly fileName: string;
  /** The criteria imported routes are scored on (those of "My routes", or of the edition on screen when it is empty). */
  readonly criteria: readonly Criterion[];
  /** Known trends and tags, matched by id or by name in either language. */
  readonly trends: readonly Trend[];
  readonly tags: readonly Tag[];
  /** Routes a row may be an edited copy of (the edition on screen): matched by id, then by name. */
  readonly sourceRoutes: readonly Route[];
  /** Route ids already taken in "My routes": an imported route never takes one of them. */
  readonly takenRouteIds: ReadonlySet<string>;
}

/** One problem of an import: the spreadsheet row (header = row 1) and column it is in, and what. */
export interface ImportProblem {
  /** Spreadsheet row number, the header being row 1; `undefined` for the file as a whole. */
  readonly row: number | undefined;
  /** The column's header as written in the file (CSV), or the JSON path (JSON). */
  readonly column: string | undefined;
  readonly issue: DataIssue;
}

/** What an import made of a file: the valid routes, what they need, and every problem. */
export interface ImportResult {
  readonly format: 'csv' | 'json';
  /** Data rows read (CSV) or routes in the file (JSON), blank rows not counted. */
  readonly rowCount: number;
  readonly routes: Route[];
  /** Trends and tags the routes refer to that "My routes" does not hold yet. */
  readonly trends: Trend[];
  readonly tags: Tag[];
  readonly criteria: readonly Criterion[];
  readonly problems: ImportProblem[];
  /** Columns the importer does not read (e.g. Overall, which is computed), as written in the file. */
  readonly ignoredColumns: string[];
  /** Routes whose id "My routes" already holds: added as copies under a new id (`gpu-2`), never replacing. */
  readonly copies: number;
}

/** The fields a CSV column can fill. */
type FieldId = 'id' | 'name' | 'trend' | 'strengths' | 'weaknesses' | 'tags' | 'examples' | 'overall';

/**
 * Header names each field answers to, compared after {@link normalizeHeader}. They cover the
 * template's bilingual headers and the column labels of our own CSV export in both languages.
 */
export const FIELD_HEADERS: Readonly<Record<FieldId, readonly string[]>> = {
  id: ['id', '编号'],
  name: ['name', 'route', 'route name', '名称', '路线', '技术路线', '路线名称'],
  trend: ['trend', '趋势'],
  strengths: ['strengths', 'strength', 'pros', '优势'],
  weaknesses: ['weaknesses', 'weakness', 'cons', '劣势'],
  tags: ['tags', 'tag', '标签'],
  examples: ['examples', '示例', '例子'],
  // Computed from the reader's weights: read, never imported.
  overall: ['overall', '综合'],
};

/** List cells (strengths, weaknesses, examples) split on semicolons, ASCII or full-width. */
const LIST_SEPARATOR = /[;；]/;
/** Tag cells also split on commas and the Chinese enumeration comma. */
const TAG_SEPARATOR = /[;；,，、]/;

/** Folds a header for matching: full-width forms, case, spaces, and `_`/`-` between words. */
export function normalizeHeader(text: string): string {
  return normalizeForSearch(text.replace(/^\ufeff/, '')).replace(/[_-]+/g, ' ');
}

/**
 * Undoes our CSV export's formula guard: a text cell written as `'=…` (or `'+`, `'-`, `'@`, tab,
 * carriage return) reads back as `=…`, and `''=…` as `'=…`, so an exported file re-imports unchanged.
 */
export function unguardCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A lowercase-ASCII id from `text` (`Energy storage` → `energy-storage`), or `''` when none is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function both(text: string): LocalizedText {
  return { zh: text, en: text };
}

/** The original text when the cell still says what it said in either language; else the cell, in both. */
function keepOrReplace(original: LocalizedText | undefined, cell: string): LocalizedText {
  return original && (original.zh === cell || original.en === cell) ? original : both(cell);
}

function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function sameList(a: readonly LocalizedText[], b: readonly LocalizedText[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** A header cell's meaning: a fixed field, a criterion, or nothing the importer reads. */
type ColumnMeaning = { kind: 'field'; field: FieldId } | { kind: 'criterion'; id: string } | { kind: 'unknown' };

interface ColumnPlan {
  readonly byField: Map<FieldId, number>;
  readonly byCriterion: Map<string, number>;
  readonly headers: readonly string[];
  readonly ignored: string[];
  readonly problems: ImportProblem[];
}

function planColumns(headers: readonly string[], criteria: readonly Criterion[]): ColumnPlan {
  const names = new Map<string, ColumnMeaning>();
  for (const [field, aliases] of Object.entries(FIELD_HEADERS) as [FieldId, readonly string[]][]) {
    for (const alias of aliases) names.set(normalizeHeader(alias), { kind: 'field', field });
  }
  for (const criterion of criteria) {
    const labels = [criterion.label, ...(criterion.aliases ?? [])].flatMap((text) => [text.zh, text.en]);
    for (const label of [criterion.id, ...labels])
      names.set(normalizeHeader(label), { kind: 'criterion', id: criterion.id });
  }
  const plan: ColumnPlan = { byField: new Map(), byCriterion: new Map(), headers, ignored: [], problems: [] };
  headers.forEach((header, index) => {
    // A bilingual header ("名称 / Name") matches by either half.
    const meaning = [header, ...header.split(/[/／|]/)]
      .map((part) => names.get(normalizeHeader(part)))
      .find((found) => found !== undefined) ?? { kind: 'unknown' as const };
    const slot = meaning.kind === 'field' ? plan.byField : meaning.kind === 'criterion' ? plan.byCriterion : undefined;
    const key = meaning.kind === 'field' ? meaning.field : meaning.kind === 'criterion' ? meaning.id : '';
    if (!slot || (meaning.kind === 'field' && meaning.field === 'overall')) {
      if (header.trim() !== '') plan.ignored.push(header.trim());
      return;
    }
    if (slot.has(key)) {
      plan.problems.push({
        row: 1,
        column: header,
        issue: { path: '', key: 'duplicateColumn', values: { column: header } },
      });
      return;
    }
    slot.set(key, index);
  });
  if (!plan.byField.has('name')) {
    plan.problems.push({
      row: 1,
      column: undefined,
      issue: { path: '', key: 'noNameColumn', values: { expected: '名称 / Name' } },
    });
  }
  return plan;
}

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
  private readonly trendIds: Set<string>;
  private readonly tagIds: Set<string>;
  private readonly trendByName = new Map<string, Trend>();
  private readonly tagByName = new Map<string, Tag>();
  private readonly newTrends = new Map<string, Trend>();
  private readonly newTags = new Map<string, Tag>();
  private readonly sourceById: Map<string, Route>;
  private readonly sourceByName = new Map<string, Route>();
  private readonly rowSchema: z.ZodType<Route>;

  constructor(
    private readonly context: ImportContext,
    private readonly texts: ImportTexts,
  ) {
    this.takenIds = new Set(context.takenRouteIds);
    this.trendIds = new Set(context.trends.map((trend) => trend.id));
    this.tagIds = new Set(context.tags.map((tag) => tag.id));
    for (const trend of context.trends) {
      for (const name of [trend.id, trend.name.zh, trend.name.en]) {
        if (!this.trendByName.has(normalizeForSearch(name))) this.trendByName.set(normalizeForSearch(name), trend);
      }
    }
    for (const tag of context.tags) {
      for (const name of [tag.id, tag.label.zh, tag.label.en]) {
        if (!this.tagByName.has(normalizeForSearch(name))) this.tagByName.set(normalizeForSearch(name), tag);
      }
    }
    this.sourceById = new Map(context.sourceRoutes.map((route) => [route.id, route]));
    for (const route of context.sourceRoutes) {
      const names = [route.name, ...(route.fullName ? [route.fullName] : [])].flatMap((text) => [text.zh, text.en]);
      for (const name of names) {
        if (!this.sourceByName.has(normalizeForSearch(name))) this.sourceByName.set(normalizeForSearch(name), route);
      }
    }
    const references = {
      criterionIds: new Set(context.criteria.map((criterion) => criterion.id)),
      trendIds: this.trendIds,
      tagIds: this.tagIds,
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

  private trendFor(cell: string | undefined, original: Route | undefined): string {
    if (cell === undefined || cell === '') {
      if (original && this.trendIds.has(original.trendId)) return original.trendId;
      return this.ensureTrend('my-routes', this.texts.unassignedTrend.name, this.texts.unassignedTrend.overview);
    }
    const known = this.trendByName.get(normalizeForSearch(cell));
    if (known) return known.id;
    return this.ensureTrend(slugify(cell) || 'trend', both(cell), this.texts.newTrendOverview(this.context.fileName));
  }

  private ensureTrend(baseId: string, name: LocalizedText, overview: LocalizedText): string {
    const key = normalizeForSearch(name.en);
    const existing = this.trendByName.get(key) ?? this.trendByName.get(normalizeForSearch(name.zh));
    if (existing) return existing.id;
    const id = uniqueId(baseId, this.trendIds);
    const trend: Trend = {
      id,
      section: id,
      name,
      headline: name,
      overview,
      detailsIntro: overview,
      detailsExamples: [],
      details: [],
      advice: [],
    };
    this.newTrends.set(id, trend);
    this.trendByName.set(key, trend);
    this.trendByName.set(normalizeForSearch(name.zh), trend);
    return id;
  }

  private tagFor(label: string): string {
    const known = this.tagByName.get(normalizeForSearch(label));
    if (known) return known.id;
    const id = uniqueId(slugify(label) || 'tag', this.tagIds);
    const tag: Tag = { id, label: both(label) };
    this.newTags.set(id, tag);
    this.tagByName.set(normalizeForSearch(label), tag);
    return id;
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
      trendId: this.trendFor(field('trend'), original),
      name: keepOrReplace(original?.name, name),
      ...(original?.fullName ? { fullName: original.fullName } : {}),
      aliases: original ? [...original.aliases] : [],
      strengths,
      weaknesses,
      tags: [
        ...new Set(
          field('tags') === undefined
            ? (original?.tags ?? []).filter((tag) => this.tagIds.has(tag))
            : splitList(field('tags') ?? '', TAG_SEPARATOR).map((label) => this.tagFor(label)),
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
      trends: [...this.context.trends, ...this.newTrends.values()].filter((trend) => usedTrends.has(trend.id)),
      tags: [...this.context.tags, ...this.newTags.values()].filter((tag) => usedTags.has(tag.id)),
      criteria: this.context.criteria,
      problems: this.problems,
      ignoredColumns: this.plan?.ignored ?? [],
      copies: this.copies,
    };
  }
}

/**
 * The CSV template: a byte-order mark and one header row with bilingual names (`名称 / Name`),
 * one column per field and per criterion, and no rows. Each header re-imports to its field.
 */
export function csvTemplate(criteria: readonly Criterion[]): string {
  const header = (zh: string, en: string) => ({ id: en, label: `${zh} / ${en}` });
  return toCsv({
    columns: [
      header('编号', 'ID'),
      header('名称', 'Name'),
      header('趋势', 'Trend'),
      ...criteria.map((criterion) => header(criterion.label.zh, criterion.label.en)),
      header('优势', 'Strengths'),
      header('劣势', 'Weaknesses'),
      header('标签', 'Tags'),
      header('示例', 'Examples'),
    ],
    rows: [],
  });
}
