import type { Locale } from '../../../domain/locale';
import { SCORE_MAX, SCORE_MIN } from '../../../domain/edition/model';
import { slugify, unguardCell } from './csv-cells';
import { FIELD_HEADERS, normalizeHeader } from './csv-columns';
import { MAX_CRITERIA, type UserCriterion, type UserEdition, type UserRoute, type UserText } from './user-edition';

/**
 * A new comparison from the rows of a spreadsheet (CSV): a name column, optional group, strengths,
 * weaknesses, tags and examples, and every other column whose cells are all scores (integers
 * 1–5, or blank) as a criterion named after its header. A `<criterion> reason` column carries each
 * score's reason. The texts are taken to be in the reader's language. Pure: the dialog shows this
 * plan for review before anything is created.
 */

/** What a CSV would become, for the review step. */
export interface CsvComparisonPlan {
  /** The comparison, not stored yet. */
  readonly edition: UserEdition;
  /** The headers that become criteria, in column order. */
  readonly criteriaHeaders: readonly string[];
  /** Headers read as nothing (text columns that are no field, or criteria past {@link MAX_CRITERIA}). */
  readonly ignoredColumns: readonly string[];
  /** Problems by spreadsheet row (header = 1) and column. */
  readonly problems: readonly CsvComparisonProblem[];
}

/** One problem of a CSV: where, and which (`noName`: a row with no name; `badScore`: not 1–5). */
export interface CsvComparisonProblem {
  readonly row: number;
  readonly column: string;
  readonly kind: 'noName' | 'badScore' | 'noNameColumn';
  readonly value: string;
}

const REASON_SUFFIXES = [' reason', ' rationale', ' 理由'];

const LIST_SEPARATOR = /[;；]/;
const TAG_SEPARATOR = /[;；,，、]/;

/** A comparison's groups are the article's trends: its column may say either. */
const GROUP_HEADERS = ['group', 'category', '分组', '类别'];

function fieldOf(header: string): keyof typeof FIELD_HEADERS | undefined {
  const name = normalizeHeader(header);
  if (GROUP_HEADERS.includes(name)) return 'trend';
  for (const [field, aliases] of Object.entries(FIELD_HEADERS) as [keyof typeof FIELD_HEADERS, readonly string[]][]) {
    if (aliases.some((alias) => normalizeHeader(alias) === name)) return field;
  }
  return undefined;
}

/**
 * The most routes a comparison made from a file may hold: the editor shows every route and cell,
 * so a larger file belongs in My routes (Import…), which is built for hundreds of thousands.
 */
export const MAX_COMPARISON_ROUTES = 500;

/** Blank, or a number: a column of these is a criterion (a number outside 1–5 is then reported). */
function isNumericCell(cell: string): boolean {
  return cell.trim() === '' || Number.isFinite(Number(cell));
}

function isScore(value: number): boolean {
  return Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

// The next suffix to try per base and set of taken ids: a file naming one route 50 000 times
// would otherwise try 2, 3, … again for each row (quadratic, which froze the page).
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

function uniqueId(base: string, taken: Set<string>): string {
  const next = nextSuffix.get(taken) ?? new Map<string, number>();
  nextSuffix.set(taken, next);
  let id = base;
  let n = next.get(base) ?? 2;
  if (taken.has(id)) {
    for (; taken.has(`${base}-${n}`); n += 1);
    id = `${base}-${n}`;
    next.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

function split(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The plan for `rows` (the first is the header; cells as read, formula guards still on) as a
 * comparison `id` titled `title`, its texts in `locale`. A file with no name column gives a plan
 * with no routes and a `noNameColumn` problem. Never throws.
 */
export function planCsvComparison(
  rows: readonly (readonly string[])[],
  { id, title, locale }: { readonly id: string; readonly title: UserText; readonly locale: Locale },
): CsvComparisonPlan {
  const text = (value: string): UserText => ({ [locale]: value });
  const [header = [], ...body] = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const headers = header.map((cell) => unguardCell(cell).trim());
  const problems: CsvComparisonProblem[] = [];
  const fields = new Map<string, number>();
  const reasonOf = new Map<string, number>();
  const candidates: number[] = [];
  const repeated: string[] = [];
  const seenHeaders = new Set<string>();
  headers.forEach((name, column) => {
    // A header written twice is read once, from its first column, as the importer does.
    if (seenHeaders.has(normalizeHeader(name))) {
      repeated.push(name);
      return;
    }
    seenHeaders.add(normalizeHeader(name));
    const field = fieldOf(name);
    if (field && !fields.has(field)) fields.set(field, column);
    else if (!field) {
      const lower = name.toLowerCase();
      const suffix = REASON_SUFFIXES.find((end) => lower.endsWith(end));
      if (suffix) reasonOf.set(normalizeHeader(name.slice(0, name.length - suffix.length)), column);
      else candidates.push(column);
    }
  });
  const nameColumn = fields.get('name');
  // A criterion is a column of numbers: every cell blank or a number, and at least one filled.
  const scoreColumns = candidates.filter(
    (column) =>
      body.every((row) => isNumericCell(row[column] ?? '')) && body.some((row) => (row[column] ?? '').trim() !== ''),
  );
  const criterionColumns = scoreColumns.slice(0, MAX_CRITERIA);
  const ignoredColumns = [
    ...candidates.filter((column) => !criterionColumns.includes(column)).map((column) => headers[column] ?? ''),
    ...(fields.has('overall') ? [headers[fields.get('overall') ?? 0] ?? ''] : []),
    ...repeated,
  ];
  const takenCriteria = new Set<string>();
  const criteria: UserCriterion[] = criterionColumns.map((column) => {
    const label = headers[column] ?? '';
    return {
      id: uniqueId(slugify(label) || 'criterion', takenCriteria),
      label: text(label),
      definition: {},
      scale: { low: {}, high: {} },
    };
  });
  if (nameColumn === undefined) problems.push({ row: 1, column: '', kind: 'noNameColumn', value: '' });

  const trendIds = new Map<string, string>();
  const tagIds = new Map<string, string>();
  const routeIds = new Set<string>();
  const routes: UserRoute[] = [];
  body.forEach((row, index) => {
    if (nameColumn === undefined) return;
    const rowNumber = index + 2;
    const cell = (column: number | undefined) => (column === undefined ? '' : unguardCell(row[column] ?? '').trim());
    const name = cell(nameColumn);
    if (name === '') {
      problems.push({ row: rowNumber, column: headers[nameColumn] ?? '', kind: 'noName', value: '' });
      return;
    }
    const group = cell(fields.get('trend'));
    let trendId: string | undefined;
    if (group !== '') {
      trendId = trendIds.get(group);
      if (trendId === undefined) {
        trendId = uniqueId(slugify(group) || 'group', new Set(trendIds.values()));
        trendIds.set(group, trendId);
      }
    }
    const tags = split(cell(fields.get('tags')), TAG_SEPARATOR).map((tag) => {
      let tagId = tagIds.get(tag);
      if (tagId === undefined) {
        tagId = uniqueId(slugify(tag) || 'tag', new Set(tagIds.values()));
        tagIds.set(tag, tagId);
      }
      return tagId;
    });
    const scores: Record<string, UserRoute['scores'][string]> = {};
    criteria.forEach((criterion, criterionIndex) => {
      const column = criterionColumns[criterionIndex] ?? 0;
      const raw = cell(column);
      const reason = cell(reasonOf.get(normalizeHeader(headers[column] ?? '')));
      const valid = raw !== '' && isScore(Number(raw));
      if (raw !== '' && !valid) {
        problems.push({ row: rowNumber, column: headers[column] ?? '', kind: 'badScore', value: raw });
      }
      if (!valid && reason === '') return;
      scores[criterion.id] = {
        ...(valid ? { value: Number(raw) } : {}),
        ...(reason === '' ? {} : { rationale: text(reason) }),
        cites: [],
      };
    });
    routes.push({
      id: uniqueId(slugify(cell(fields.get('id'))) || slugify(name) || 'route', routeIds),
      ...(trendId === undefined ? {} : { trendId }),
      name: text(name),
      strengths: split(cell(fields.get('strengths')), LIST_SEPARATOR).map(text),
      weaknesses: split(cell(fields.get('weaknesses')), LIST_SEPARATOR).map(text),
      tags: [...new Set(tags)],
      examples: split(cell(fields.get('examples')), LIST_SEPARATOR).map(text),
      scores,
    });
  });

  return {
    edition: {
      kind: 'user',
      id,
      title,
      introduction: {},
      criteria,
      trends: [...trendIds].map(([name, trendId]) => ({ id: trendId, name: text(name) })),
      tags: [...tagIds].map(([label, tagId]) => ({ id: tagId, label: text(label) })),
      routes,
      presets: [],
    },
    criteriaHeaders: criterionColumns.map((column) => headers[column] ?? ''),
    ignoredColumns,
    problems,
  };
}
