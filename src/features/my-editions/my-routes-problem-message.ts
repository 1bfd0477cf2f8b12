import type { TFunction } from 'i18next';
import { formatDataIssue } from '../../lib/errors/data-issue-message';
import type { MyRoutesProblem } from './hooks/use-my-routes';

/**
 * What went wrong with My routes, as one line in the language of `t`: stored routes that failed
 * their check (the first three problems, with their paths), storage that could not be read, or an
 * import that could not be saved.
 */
export function describeMyRoutesProblem(problem: MyRoutesProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'corrupt':
      return t('myRoutes.storageProblem', {
        problem: problem.issues
          .slice(0, 3)
          .map((issue) => formatDataIssue(issue, t))
          .join('; '),
      });
    case 'unreadable':
      return t('myRoutes.storageProblem', { problem: problem.message });
    case 'notSaved':
      return t('import.saveFailed', { message: problem.message });
  }
}
