import type { TFunction } from 'i18next';
import type { ImportProblem } from './model/import-types';

/**
 * One import problem as a line: `row 4, cost: expected an integer 1–5, got 7` (CSV, spreadsheet
 * row and the file's own column header), `routes[3].scores.cost.value: …` (JSON), or the problem
 * alone when it concerns the whole file; in the language of `t`.
 */
export function formatImportProblem(problem: ImportProblem, t: TFunction): string {
  const text = t(`dataIssue.${problem.issue.key}`, { ...problem.issue.values });
  const { row, column } = problem;
  if (row !== undefined && column !== undefined) return t('import.problemRowColumn', { row, column, problem: text });
  if (row !== undefined) return t('import.problemRow', { row, problem: text });
  if (column !== undefined) return t('import.problemColumn', { column, problem: text });
  return text;
}
