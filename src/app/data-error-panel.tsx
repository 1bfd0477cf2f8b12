import { useUiLocale } from '../lib/i18n/use-ui-locale';
import { formatDataIssue } from '../lib/errors/data-issue-message';
import type { LoadedEdition } from './bundled-editions';
import { Notice } from '../components/ui/notice';

/**
 * Lists every problem of each data file that failed validation, translated, with file and JSON path.
 * Shown next to whatever did load, never instead of the whole page.
 */
export function DataErrorPanel({ failures }: { readonly failures: readonly LoadedEdition[] }) {
  const { t } = useUiLocale();
  return (
    <Notice tone="error" role="alert">
      <p className="notice__title">{t('dataError.title')}</p>
      {failures.map(({ file, result }) =>
        result.ok ? null : (
          <div key={file}>
            <p>{t('dataError.intro', { file, count: result.issues.length })}</p>
            <ul className="issue-list">
              {result.issues.map((issue, index) => (
                <li key={`${issue.path}-${index}`}>
                  <code>{formatDataIssue(issue, t)}</code>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </Notice>
  );
}
