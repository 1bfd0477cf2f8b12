import '../my-editions.css';
import en from '../../../locales/on-demand/new-comparison.en.json';
import zh from '../../../locales/on-demand/new-comparison.zh.json';
import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { addOnDemandStrings } from '../../../lib/i18n/i18n';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { formatDataIssue } from '../../../lib/errors/data-issue-message';
import { readComparisonFile, type ComparisonFileResult } from '../model/comparison-file';
import { MAX_COMPARISON_ROUTES } from '../model/csv-comparison';
import type { UserEdition } from '../model/user-edition';

/**
 * How a new comparison starts: blank (placeholder criteria, no routes), as a copy of the open
 * edition, or as what a file holds (reviewed in the dialog; its id is replaced by a fresh one).
 */
export type NewComparisonStart = 'blank' | 'copy' | { readonly edition: UserEdition };

type StartOption = 'blank' | 'copy' | 'file';

addOnDemandStrings({ en, zh });

export interface NewComparisonDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** Where focus goes when the dialog closes without creating (the button that opened it). */
  readonly returnFocus: () => void;
  /** The open edition's short title, in the reading language (offered as "Copy …"). */
  readonly openTitle: string;
  /**
   * Creates the comparison titled `title` (in the reading language; empty: the default title) and
   * resolves with why it could not be stored, or `undefined` once it is.
   */
  readonly onCreate: (start: NewComparisonStart, title: string) => Promise<string | undefined>;
}

/**
 * "New comparison" (新建对比): a button and its dialog, which asks how to start (blank, or a copy
 * of the open edition) and a title, then creates the comparison and opens it in the editor. A
 * refusal to store is said in the dialog, which stays open with what was typed.
 */
export function NewComparisonDialog({
  open,
  onOpenChange,
  returnFocus,
  openTitle,
  onCreate,
}: NewComparisonDialogProps) {
  const { t, locale } = useUiLocale();
  const created = useRef(false);
  const [start, setStart] = useState<StartOption>('blank');
  const [file, setFile] = useState<{ readonly name: string; readonly result: ComparisonFileResult } | undefined>();
  const fileId = useId();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const titleId = useId();
  const startName = useId();
  const input = useRef<HTMLInputElement>(null);

  const readFile = async (picked: File) => {
    const bytes = new Uint8Array(await picked.arrayBuffer());
    setFile({ name: picked.name, result: readComparisonFile(picked.name, bytes, { id: 'new', title: {}, locale }) });
  };
  // A file that makes no usable comparison (no criterion, no route, too many routes) is not offered.
  const fromFile =
    file?.result.ok &&
    file.result.edition.criteria.length > 0 &&
    file.result.edition.routes.length > 0 &&
    file.result.edition.routes.length <= MAX_COMPARISON_ROUTES
      ? file.result.edition
      : undefined;

  const submit = async () => {
    if (start === 'file' && !fromFile) return;
    setBusy(true);
    setError(undefined);
    const failure = await onCreate(
      start === 'file' && fromFile ? { edition: fromFile } : start === 'copy' ? 'copy' : 'blank',
      title.trim(),
    );
    setBusy(false);
    if (failure === undefined) {
      // The page opens the new comparison's editor, which takes focus; the button keeps none.
      created.current = true;
      onOpenChange(false);
      setTitle('');
    } else {
      setError(t('newComparison.notSaved', { title: title.trim() || t('comparison.untitled'), reason: failure }));
    }
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (next) setError(undefined);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog new-comparison"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            input.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (created.current) created.current = false;
            else returnFocus();
          }}
        >
          <Dialog.Title className="dialog__title">{t('newComparison.newTitle')}</Dialog.Title>
          <Dialog.Description className="dialog__intro">{t('newComparison.newIntro')}</Dialog.Description>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <label className="field" htmlFor={titleId}>
              <span className="field__label">{t('newComparison.titleLabel')}</span>
              <input
                ref={input}
                id={titleId}
                className="field__input"
                value={title}
                placeholder={t('newComparison.titlePlaceholder')}
                onChange={(event) => setTitle(event.target.value)}
                maxLength={200}
              />
            </label>
            <fieldset className="new-comparison__starts">
              <legend className="field__label">{t('newComparison.startLegend')}</legend>
              {(['blank', 'copy', 'file'] as const).map((option) => (
                <label key={option} className="new-comparison__start">
                  <input
                    type="radio"
                    name={startName}
                    value={option}
                    checked={start === option}
                    onChange={() => setStart(option)}
                  />
                  <span>
                    <strong>
                      {option === 'blank'
                        ? t('newComparison.startBlank')
                        : option === 'copy'
                          ? t('newComparison.startCopy', { edition: openTitle })
                          : t('newComparison.startCsv')}
                    </strong>
                    <span className="hint">
                      {option === 'blank'
                        ? t('newComparison.startBlankHint')
                        : option === 'copy'
                          ? t('newComparison.startCopyHint')
                          : t('newComparison.startCsvHint')}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            {start === 'file' ? (
              <div className="new-comparison__file">
                <label className="field" htmlFor={fileId}>
                  <span className="field__label">{t('newComparison.fileLabel')}</span>
                  <input
                    id={fileId}
                    type="file"
                    accept=".csv,.tsv,.txt,.json,text/csv,application/json"
                    onChange={(event) => {
                      const picked = event.target.files?.[0];
                      if (picked) void readFile(picked);
                    }}
                  />
                </label>
                {file ? <FileReview name={file.name} result={file.result} /> : null}
              </div>
            ) : null}
            {error ? (
              <Notice tone="error" as="p" role="alert">
                {error}
              </Notice>
            ) : null}
            <div className="dialog__actions">
              <Button type="submit" variant="primary" disabled={busy || (start === 'file' && !fromFile)}>
                {t('newComparison.create')}
              </Button>
              <Dialog.Close asChild>
                <Button variant="quiet">{t('newComparison.cancel')}</Button>
              </Dialog.Close>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The review of a file before a comparison is made of it: what becomes what, and every problem. */
function FileReview({ name, result }: { readonly name: string; readonly result: ComparisonFileResult }) {
  const { t } = useUiLocale();
  if (!result.ok) {
    return (
      <Notice tone="error" as="div" role="alert">
        <p>
          {result.reason === 'notEdition'
            ? t('newComparison.fileNotEdition', { file: name })
            : result.reason === 'tooBig'
              ? t('newComparison.fileTooBig', { file: name })
              : t('newComparison.fileNotText', { file: name })}
        </p>
        {result.reason === 'notEdition' ? (
          <ul>
            {result.issues.slice(0, 8).map((issue, index) => (
              <li key={index}>
                {issue.path ? <code>{issue.path}</code> : null} {formatDataIssue(issue, t)}
              </li>
            ))}
          </ul>
        ) : null}
      </Notice>
    );
  }
  const { edition } = result;
  const unusable =
    edition.criteria.length === 0
      ? t('newComparison.noCriteria')
      : edition.routes.length === 0
        ? t('newComparison.noRoutes')
        : edition.routes.length > MAX_COMPARISON_ROUTES
          ? t('newComparison.tooManyRoutes', { max: MAX_COMPARISON_ROUTES })
          : undefined;
  return (
    <div className="new-comparison__review" role="status">
      {unusable ? (
        <Notice tone="error" as="p">
          {unusable}
        </Notice>
      ) : null}
      <p>
        {t('newComparison.fileSummary', {
          file: name,
          routes: edition.routes.length,
          criteria: edition.criteria.length,
        })}
      </p>
      {result.criteriaHeaders.length > 0 ? (
        <p>{t('newComparison.fileCriteria', { headers: result.criteriaHeaders.join(', ') })}</p>
      ) : null}
      {result.ignoredColumns.length > 0 ? (
        <p className="hint">{t('newComparison.fileIgnored', { headers: result.ignoredColumns.join(', ') })}</p>
      ) : null}
      {result.csvProblems.length > 0 ? (
        <ul className="new-comparison__problems">
          {result.csvProblems.slice(0, 12).map((problem, index) => (
            <li key={index}>
              {t(`newComparison.csvProblem.${problem.kind}`, {
                row: problem.row,
                column: problem.column,
                value: problem.value,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {result.problems.length > 0 ? (
        <p className="hint">{t('newComparison.fileProblems', { count: result.problems.length })}</p>
      ) : null}
    </div>
  );
}
