import type { TFunction } from 'i18next';
import { formatDataIssue } from '../../lib/errors/data-issue-message';
import { describeStorageFailure } from '../../lib/storage/storage-failure-message';
import type { MyRoutesProblem } from './hooks/use-my-routes';

/**
 * What went wrong with My routes, as one line in the language of `t`: stored routes that failed
 * their check (the first three problems, with their paths), storage that could not be read or is
 * withheld, a change shown but not stored (what was not kept, why, and what to do), or routes
 * stored again after storage had lost them.
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
      return t('myRoutes.unreadable', { problem: problem.message });
    case 'unavailable':
      return t('myRoutes.storageUnavailable', { reason: describeStorageFailure(problem.failure, t) });
    case 'notSaved':
      return problem.change === 'import'
        ? t('myRoutes.importNotStored', { count: problem.count, reason: describeStorageFailure(problem.failure, t) })
        : t('myRoutes.removalNotStored', { reason: describeStorageFailure(problem.failure, t) });
    case 'restored':
      return t('myRoutes.restored', { count: problem.count });
  }
}
