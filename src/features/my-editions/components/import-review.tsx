import { formatImportProblem } from '../import-problem-message';
import type { ImportOutcome } from '../worker/import-job';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';

/** At most this many unread columns are named; the rest are counted. */
const MAX_LISTED_COLUMNS = 12;

/**
 * The import dialog's last step: what the worker read from the file — how many rows can be added,
 * copies, columns not read, every problem by row and column — with the buttons to add the valid
 * rows or choose another file.
 */
export function ImportReview({
  outcome,
  saving,
  onConfirm,
  onAnother,
}: {
  readonly outcome: Extract<ImportOutcome, { kind: 'done' }>;
  readonly saving: boolean;
  readonly onConfirm: () => void;
  readonly onAnother: () => void;
}) {
  const { t, locale } = useUiLocale();
  const { summary } = outcome;
  const valid = summary.routeCount;
  // The worker sends the first problems only (see MAX_SUMMARY_PROBLEMS); the rest are counted.
  const listed = summary.problems;
  const sentenceGap = locale === 'zh' ? '' : ' ';
  return (
    <div className="import-review">
      <p role="status">
        {summary.format === 'json'
          ? t('import.summaryJson', { file: outcome.fileName, count: summary.rowCount })
          : t('import.summary', { file: outcome.fileName, count: summary.rowCount })}
        {sentenceGap}
        {t('import.encoding', { encoding: outcome.encoding.toUpperCase() })}
      </p>
      {valid > 0 ? <p className="import-review__valid">{t('import.valid', { count: valid })}</p> : null}
      {summary.copies > 0 ? <p className="hint">{t('import.copies', { count: summary.copies })}</p> : null}
      {summary.ignoredColumns.length > 0 ? (
        <p className="hint">
          {t('import.ignoredColumns', {
            columns: summary.ignoredColumns.slice(0, MAX_LISTED_COLUMNS).join(', '),
          })}
          {summary.ignoredColumns.length > MAX_LISTED_COLUMNS
            ? `${sentenceGap}${t('import.moreColumns', { count: summary.ignoredColumns.length - MAX_LISTED_COLUMNS })}`
            : null}
        </p>
      ) : null}
      {summary.problemCount > 0 ? (
        <section className="import-problems" aria-labelledby="import-problems-heading">
          <h3 id="import-problems-heading">
            {t('import.problemsHeading')} · {t('import.invalid', { count: summary.problemCount })}
          </h3>
          <ul tabIndex={0} aria-labelledby="import-problems-heading">
            {listed.map((problem, index) => (
              <li key={index}>{formatImportProblem(problem, t)}</li>
            ))}
          </ul>
          {summary.problemCount > listed.length ? (
            <p className="hint">{t('import.moreProblems', { count: summary.problemCount - listed.length })}</p>
          ) : null}
        </section>
      ) : null}
      {valid === 0 ? (
        <Notice as="p" tone="error" role="alert">
          {t('import.nothing')}
          {summary.rowCount === 0 && summary.problemCount === 0 ? `${sentenceGap}${t('import.noRows')}` : null}
        </Notice>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onAnother}>{t('import.another')}</Button>
        {valid > 0 ? (
          <Button variant="primary" disabled={saving} onClick={onConfirm}>
            {saving ? t('import.adding', { count: valid }) : t('import.confirm', { count: valid })}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
