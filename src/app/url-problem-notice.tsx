import type { UrlProblem } from '../domain/view-state';
import { useUiLocale } from '../lib/use-ui-locale';

/**
 * Tells the reader which parts of the link they opened could not be used, and why, in their
 * language; the rest of the link still applies. Dismissable.
 */
export function UrlProblemNotice({
  problems,
  onDismiss,
}: {
  readonly problems: readonly UrlProblem[];
  readonly onDismiss: () => void;
}) {
  const { t } = useUiLocale();
  return (
    <div className="notice notice--warning url-notice" role="status">
      <div>
        <p className="url-notice__title">{t('urlProblem.title', { count: problems.length })}</p>
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.param}:${problem.value}:${problem.reason}`}>
              <code>
                {problem.param}={problem.value}
              </code>{' '}
              — {t(`urlProblem.${problem.reason}`)}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
        {t('urlProblem.dismiss')}
      </button>
    </div>
  );
}
