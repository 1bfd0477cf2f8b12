import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { addOnDemandStrings } from '../../../lib/i18n/i18n';
import { formatList } from '../../../lib/i18n/format-list';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import en from '../../../locales/on-demand/shared-link.en.json';
import zh from '../../../locales/on-demand/shared-link.zh.json';
import type { LinkProblem } from '../model/edition-link';

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
  | { readonly stage: 'preview' | 'looking'; readonly preview: SharedPreview; readonly keepError?: string }
  | {
      readonly stage: 'problem';
      readonly problem: LinkProblem | 'notComparison';
      /** `notComparison`: how many problems its check found. */
      readonly count?: number;
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
  if (state.stage === 'problem') {
    return (
      <Notice tone="error" role="alert" className="url-notice" onDismiss={onDismiss}>
        <p>
          <strong>{t('sharedLink.problemHeading')}</strong>{' '}
          {state.problem === 'notComparison'
            ? t('sharedLink.problem.notComparison', { count: state.count ?? 0 })
            : t(`sharedLink.problem.${state.problem}`)}{' '}
          {t('sharedLink.withoutIt')}
        </p>
      </Notice>
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
