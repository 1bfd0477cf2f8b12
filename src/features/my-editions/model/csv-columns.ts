import { normalizeForSearch } from '../../../domain/locale';
import type { Criterion } from '../../../domain/edition/schema';
import { toCsv } from '../../../domain/table-formats';
import type { ImportProblem } from './import-types';

/** Which column of an imported CSV holds which field or criterion, and the CSV template that names them. */

/** The fields a CSV column can fill. */
export type FieldId = 'id' | 'name' | 'trend' | 'strengths' | 'weaknesses' | 'tags' | 'examples' | 'overall';

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

/** Folds a header for matching: full-width forms, case, spaces, and `_`/`-` between words. */
export function normalizeHeader(text: string): string {
  return normalizeForSearch(text.replace(/^\ufeff/, '')).replace(/[_-]+/g, ' ');
}

/** A header cell's meaning: a fixed field, a criterion, or nothing the importer reads. */
type ColumnMeaning = { kind: 'field'; field: FieldId } | { kind: 'criterion'; id: string } | { kind: 'unknown' };

/** Where each field and criterion is in the header row, the columns not read, and what the header row gets wrong. */
export interface ColumnPlan {
  readonly byField: Map<FieldId, number>;
  readonly byCriterion: Map<string, number>;
  readonly headers: readonly string[];
  readonly ignored: string[];
  readonly problems: ImportProblem[];
}

/** Reads the header row: each cell as a field, a criterion (by id, label or alias) or a column not read. */
export function planColumns(headers: readonly string[], criteria: readonly Criterion[]): ColumnPlan {
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
