import '../my-editions.css';
import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDropzone } from 'react-dropzone';
import { MAX_IMPORT_BYTES } from '../model/import-decode';
import { csvTemplate } from '../model/csv-columns';
import type { ImportContext } from '../model/import-types';
import { downloadBlob } from '../../../lib/download';
import { startImport, type CommitOutcome, type ImportJob } from '../worker/import-client';
import type { ImportOutcome } from '../worker/import-job';
import { LOCALE_TAGS } from '../../../domain/locale';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { ImportReview } from './import-review';

export interface ImportDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** Where focus goes when the dialog closes (the button that opened it). */
  readonly returnFocus: () => void;
  /** What the import matches against and must not collide with (`fileName` is the file's). */
  readonly context: Omit<ImportContext, 'fileName'>;
  /** True when "My routes" holds routes, so a JSON file must use its criteria. */
  readonly criteriaFixed: boolean;
  /** Shows the routes the reader agreed to add (already being stored); the dialog then closes. */
  readonly onImport: (committed: CommitOutcome) => void;
}

type Step =
  /** `retry`: a file whose reading failed because the importer's code did not load. */
  | { readonly kind: 'pick'; readonly message?: string; readonly retry?: File }
  | { readonly kind: 'reading'; readonly fileName: string; readonly fraction: number }
  | { readonly kind: 'review'; readonly outcome: Extract<ImportOutcome, { kind: 'done' }> };

function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes)} MB`;
}

/**
 * The import dialog (loaded on first use; see `ImportButton`): it takes a CSV or JSON file (dropped or chosen), reads it in a worker with
 * a progress bar and Cancel, then lists what it found — the rows that can be imported, every
 * problem by row and column — and adds the valid rows to "My routes" only when the reader agrees.
 * Offers the CSV template with bilingual headers.
 */
export function ImportDialog({ open, onOpenChange, returnFocus, context, criteriaFixed, onImport }: ImportDialogProps) {
  const { t, locale } = useUiLocale();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [saving, setSaving] = useState(false);
  const job = useRef<ImportJob | undefined>(undefined);
  // After Cancel or "Choose another file" the picker button comes back and takes focus.
  const focusChoose = useRef(false);
  const chooseButton = useCallback((node: HTMLButtonElement | null) => {
    if (node && focusChoose.current) node.focus();
    focusChoose.current = false;
  }, []);
  const numberLocale = LOCALE_TAGS[locale];
  // Chinese sentences follow each other without a space.
  const sentenceGap = locale === 'zh' ? '' : ' ';

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = undefined;
  }, []);
  // Closing the dialog (or leaving the page part) stops a running import.
  useEffect(() => cancel, [cancel]);

  const tooBig = useCallback(
    (file: string, size: number) =>
      t('import.tooBig', {
        file,
        size: formatBytes(size, numberLocale),
        limit: formatBytes(MAX_IMPORT_BYTES, numberLocale),
      }),
    [t, numberLocale],
  );

  const read = useCallback(
    (file: File) => {
      cancel();
      if (file.size > MAX_IMPORT_BYTES) {
        setStep({ kind: 'pick', message: tooBig(file.name, file.size) });
        return;
      }
      setStep({ kind: 'reading', fileName: file.name, fraction: 0 });
      const running = startImport(file, { ...context, fileName: file.name }, criteriaFixed, (fraction) =>
        setStep((current) => (current.kind === 'reading' ? { ...current, fraction } : current)),
      );
      job.current = running;
      void running.outcome.then((outcome) => {
        if (job.current !== running || outcome === undefined) return;
        if (outcome.kind === 'done') {
          // The worker keeps what it read until the reader agrees (commit) or leaves (cancel).
          setStep({ kind: 'review', outcome });
          return;
        }
        job.current = undefined;
        const message =
          outcome.kind === 'tooBig'
            ? tooBig(outcome.fileName, outcome.size)
            : outcome.kind === 'notText'
              ? t('import.notText', { file: outcome.fileName })
              : outcome.codeMissing
                ? t('import.codeMissing', { file: outcome.fileName })
                : t('import.readFailed', { file: outcome.fileName, message: outcome.message });
        // The importer's code did not arrive: the same file can be read again once it does.
        setStep({
          kind: 'pick',
          message,
          ...(outcome.kind === 'failed' && outcome.codeMissing ? { retry: file } : {}),
        });
      });
    },
    [cancel, context, criteriaFixed, tooBig, t],
  );

  const {
    getRootProps,
    getInputProps,
    isDragActive,
    open: openPicker,
  } = useDropzone({
    onDrop: (files: File[]) => {
      const [file] = files;
      if (file) read(file);
    },
    multiple: false,
    noClick: true,
    noKeyboard: true,
  });

  const reset = (message?: string) => {
    cancel();
    setStep(message ? { kind: 'pick', message } : { kind: 'pick' });
  };

  const percent = (fraction: number) =>
    new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        // Once the reader agreed, the routes are being handed over: the dialog closes when done.
        if (!next && saving) return;
        onOpenChange(next);
        if (!next) reset();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          aria-describedby="import-intro"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
        >
          <Dialog.Title className="dialog__title">{t('import.title')}</Dialog.Title>
          <p id="import-intro" className="dialog__intro">
            {t('import.intro')}
            {sentenceGap}
            {t('import.limit', { size: formatBytes(MAX_IMPORT_BYTES, numberLocale) })}
          </p>

          {step.kind === 'pick' ? (
            <>
              {step.message ? (
                <Notice tone="error" role="alert">
                  <p>{step.message}</p>
                  {step.retry ? (
                    <Button size="small" onClick={() => step.retry && read(step.retry)}>
                      {t('errorBoundary.retry')}
                    </Button>
                  ) : null}
                </Notice>
              ) : null}
              <div {...getRootProps({ className: `dropzone${isDragActive ? ' dropzone--active' : ''}` })}>
                {/* Reached through the button below (and by tests); not a control of its own. */}
                <input {...getInputProps()} hidden />
                <p>{isDragActive ? t('import.dropActive') : t('import.drop')}</p>
                <p className="dropzone__or">{t('import.or')}</p>
                <Button ref={chooseButton} variant="primary" onClick={openPicker}>
                  {t('import.choose')}
                </Button>
              </div>
              <p>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    downloadBlob(
                      'route-atlas-template.csv',
                      new Blob([csvTemplate(context.criteria)], { type: 'text/csv;charset=utf-8' }),
                    )
                  }
                >
                  {t('import.template')}
                </button>
              </p>
            </>
          ) : null}

          {step.kind === 'reading' ? (
            <div className="import-progress">
              <p>{t('import.reading', { file: step.fileName, percent: percent(step.fraction) })}</p>
              <progress max={1} value={step.fraction} aria-label={t('import.progressLabel', { file: step.fileName })} />
              <Button
                onClick={() => {
                  focusChoose.current = true;
                  reset(t('import.cancelled'));
                }}
              >
                {t('import.cancel')}
              </Button>
            </div>
          ) : null}

          {step.kind === 'review' ? (
            <ImportReview
              outcome={step.outcome}
              saving={saving}
              onConfirm={() => {
                const running = job.current;
                if (!running) return;
                setSaving(true);
                void running.commit().then(
                  (committed) => {
                    job.current = undefined;
                    setSaving(false);
                    onOpenChange(false);
                    reset();
                    onImport(committed);
                  },
                  (error: unknown) => {
                    job.current = undefined;
                    setSaving(false);
                    reset(t('import.readFailed', { file: step.outcome.fileName, message: String(error) }));
                  },
                );
              }}
              onAnother={() => {
                focusChoose.current = true;
                reset();
              }}
            />
          ) : null}

          <Dialog.Close asChild>
            <Button variant="quiet" className="dialog__close" disabled={saving}>
              {t('import.close')}
            </Button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
