import type { UrlProblem } from '../../domain/view-state';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { Notice } from '../../components/ui/notice';

/** How many distinct problems the notice lists before "and n more". */
const MAX_LISTED = 8;
/** Longest value shown, in characters; longer ones end in "…". */
const MAX_VALUE = 60;

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
  // A hand-edited link can repeat one bad id a thousand times: list each distinct problem once, and
  // only the first few.
  const distinct = [
    ...new Map(
      problems.map((problem) => [`${problem.param}\u0000${problem.value}\u0000${problem.reason}`, problem]),
    ).values(),
  ];
  const listed = distinct.slice(0, MAX_LISTED);
  const shorten = (value: string) => (value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value);
  return (
    <Notice tone="warning" role="status" className="url-notice" onDismiss={onDismiss}>
      <div>
        <p className="url-notice__title">{t('urlProblem.title', { count: distinct.length })}</p>
        <ul>
          {listed.map((problem) => (
            <li key={`${problem.param}:${problem.value}:${problem.reason}`}>
              <code>
                {problem.param}={shorten(problem.value)}
              </code>{' '}
              — {t(`urlProblem.${problem.reason}`)}
            </li>
          ))}
          {distinct.length > listed.length ? (
            <li>{t('urlProblem.more', { count: distinct.length - listed.length })}</li>
          ) : null}
        </ul>
      </div>
    </Notice>
  );
}
