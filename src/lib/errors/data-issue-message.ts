import type { TFunction } from 'i18next';
import type { DataIssue } from '../../domain/edition/issues.ts';

/**
 * One line naming where and what: `routes[4].scores.cost.value: expected an integer 1–5, got 7`,
 * in the language of `t`. Issues about the whole file have no path prefix.
 */
export function formatDataIssue(issue: DataIssue, t: TFunction): string {
  const problem = t(`dataIssue.${issue.key}`, { ...issue.values });
  return issue.path ? `${issue.path}: ${problem}` : problem;
}
