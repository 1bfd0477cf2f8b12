import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { LinkProblemNotice } from './link-problem-notice';
import { Notice } from '../../../components/ui/notice';
import { addOnDemandStrings } from '../../../lib/i18n/i18n';
import { formatList } from '../../../lib/i18n/format-list';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import en from '../../../locales/on-demand/shared-link.en.json';
import zh from '../../../locales/on-demand/shared-link.zh.json';
import type { LinkProblem } from '../model/edition-link';
import type { FetchProblem } from '../model/fetch-data-file';

// Loaded only when an address carries a comparison: its strings come with it.
addOnDemandStrings({ en, zh });

/** What a shared comparison looks like before it is opened: enough to decide whether to keep it. */
export interface SharedPreview {
  readonly title: string;
  /** Criterion labels in the reading language. */
  readonly criteria: readonly string[];
  readonly routeCount: number;
  readonly author?: string;
}

/** Where the comparison of the address's fragment stands. */
export type SharedComparisonState =
  | { readonly stage: 'reading' }
  /** A data file named by `?src=` is loading: bytes so far and in all (0: unknown). */
  | { readonly stage: 'fetching'; readonly host: string; readonly received: number; readonly total: number }
  | { readonly stage: 'preview' | 'looking'; readonly preview: SharedPreview; readonly keepError?: string }
  | {
      readonly stage: 'problem';
      readonly problem: LinkProblem | 'notComparison' | FetchProblem | 'notDataFile';
      /** `notComparison`, `notDataFile`: how many problems its check found. */
      readonly count?: number;
      /** `status`: the HTTP status the host answered. */
      readonly status?: number;
      /** The file came from `?src=`: the message adds how to publish a raw file. */
      readonly fromFile?: boolean;
    };

/**
 * The comparison a link carries (see ../model/edition-link): while read, a status; then a preview
 * (title, criteria, number of routes, who it is from) with **Keep a copy** and **Just look**, where
 * nothing is stored until the reader chooses; while looking, a line saying it is not stored, with
 * Keep a copy still at hand; a link that cannot be read says why, and the page goes on without it.
 */
export function SharedComparison({
  state,
  onKeep,
  onLook,
  onDismiss,
}: {
  readonly state: SharedComparisonState;
  readonly onKeep: () => void;
  readonly onLook: () => void;
  /** Closes the message of a link that could not be read. */
  readonly onDismiss: () => void;
}) {
  const { t, locale } = useUiLocale();
  const headingId = useId();
  if (state.stage === 'reading') {
    return (
      <Notice tone="info" as="p" role="status">
        {t('sharedLink.reading')}
      </Notice>
    );
  }
  if (state.stage === 'fetching') {
    return (
      <Notice tone="info" role="status" className="shared-comparison">
        <p>{t('sharedLink.src.loading', { host: state.host })}</p>
        <progress
          aria-label={t('sharedLink.src.progress')}
          max={state.total || undefined}
          value={state.total ? state.received : undefined}
        />
      </Notice>
    );
  }
  if (state.stage === 'problem' && state.fromFile) {
    return (
      <LinkProblemNotice
        heading={t('sharedLink.src.heading')}
        message={
          state.problem === 'status'
            ? t('sharedLink.src.status', { status: state.status ?? 0 })
            : state.problem === 'notDataFile'
              ? t('sharedLink.src.notDataFile', { count: state.count ?? 0 })
              : state.problem === 'insecure' || state.problem === 'badUrl' || state.problem === 'tooBig'
                ? t(`sharedLink.src.${state.problem}`)
                : t('sharedLink.src.network')
        }
        after={`${t('sharedLink.src.howToPublish')} ${t('sharedLink.withoutIt')}`}
        onDismiss={onDismiss}
      />
    );
  }
  if (state.stage === 'problem') {
    return (
      <LinkProblemNotice
        heading={t('sharedLink.problemHeading')}
        message={
          state.problem === 'notComparison'
            ? t('sharedLink.problem.notComparison', { count: state.count ?? 0 })
            : t(`sharedLink.problem.${state.problem as LinkProblem}`)
        }
        after={t('sharedLink.withoutIt')}
        onDismiss={onDismiss}
      />
    );
  }
  const failed = state.keepError ? <p role="alert">{t('sharedLink.keepFailed', { reason: state.keepError })}</p> : null;
  if (state.stage === 'looking') {
    return (
      <Notice tone="info" role="status" className="shared-comparison shared-comparison--looking">
        <p>{t('sharedLink.looking')}</p>
        <Button size="small" onClick={onKeep}>
          {t('sharedLink.keep')}
        </Button>
        {failed}
      </Notice>
    );
  }
  const { preview } = state;
  return (
    <Notice tone="info" role="group" aria-labelledby={headingId} className="shared-comparison">
      <h2 id={headingId} className="shared-comparison__heading">
        {t('sharedLink.heading')}
      </h2>
      <p className="shared-comparison__title">
        <strong>{preview.title}</strong>
        {preview.author ? ` · ${t('sharedLink.from', { author: preview.author })}` : null}
      </p>
      <p>{t('sharedLink.criteria', { list: formatList(preview.criteria, locale) })}</p>
      <p>{t('sharedLink.routes', { count: preview.routeCount })}</p>
      <p>{t('sharedLink.nothingStored')}</p>
      <div className="shared-comparison__actions">
        <Button onClick={onKeep}>{t('sharedLink.keep')}</Button>
        <Button onClick={onLook}>{t('sharedLink.look')}</Button>
      </div>
      {failed}
    </Notice>
  );
}
