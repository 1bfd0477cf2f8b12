import { StorageNotice } from '../components/ui/storage-notice';
import type { MyRoutesProblem } from '../features/my-editions/hooks/use-my-routes';
import { describeMyRoutesProblem } from '../features/my-editions/my-routes-problem-message';
import { formatList } from '../lib/i18n/format-list';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import type { OpenProblem } from '../features/my-editions/hooks/use-user-editions';
import type { UserEdition } from '../features/my-editions/model/user-edition';
import { formatDataIssue } from '../lib/errors/data-issue-message';
import { describeStorageFailure } from '../lib/storage/storage-failure-message';
import { useUnkeptWrites } from '../lib/storage/unkept-writes';
import type { LoadedEdition } from './bundled-editions';
import { DataErrorPanel } from './data-error-panel';

/**
 * What the page says above the dashboard: data files that failed their check, stored data that
 * could not be read or kept (each dismissible; choices not kept are named once per visit), a
 * comparison that could not be read, and one just deleted (with Undo). The status of the last
 * action shows in the view it was raised in, and the service worker's news in the footer
 * (`ServiceWorkerNews`).
 */
export function PageNotices({
  failures,
  myRoutesProblem,
  onDismissMyRoutesProblem,
  overridesProblem,
  onDismissOverridesProblem,
  openProblem,
  deletedComparison,
  onUndoDelete,
  onDismissDeleted,
}: {
  readonly failures: readonly LoadedEdition[];
  readonly myRoutesProblem: MyRoutesProblem | undefined;
  readonly onDismissMyRoutesProblem: () => void;
  /** The reader's stored scores could not be read and were discarded. */
  readonly overridesProblem: boolean;
  readonly onDismissOverridesProblem: () => void;
  /** Why the comparison the address names is not shown. */
  readonly openProblem?: OpenProblem | undefined;
  /** A comparison just deleted: said, with Undo, until dismissed. */
  readonly deletedComparison?: UserEdition | undefined;
  readonly onUndoDelete?: () => void;
  readonly onDismissDeleted?: () => void;
}) {
  const { t, locale } = useUiLocale();
  const unkept = useUnkeptWrites();
  return (
    <>
      {failures.length > 0 ? <DataErrorPanel failures={failures} /> : null}
      {myRoutesProblem ? (
        <StorageNotice message={describeMyRoutesProblem(myRoutesProblem, t)} onDismiss={onDismissMyRoutesProblem} />
      ) : null}
      {unkept.unsaid && unkept.failure ? (
        <StorageNotice
          message={t('storage.unkept', {
            values: formatList(
              unkept.values.map((value) => t(`storage.values.${value}`)),
              locale,
            ),
            reason: describeStorageFailure(unkept.failure, t),
          })}
          onDismiss={unkept.dismiss}
        />
      ) : null}
      {overridesProblem ? (
        <StorageNotice message={t('overrides.storageProblem')} onDismiss={onDismissOverridesProblem} />
      ) : null}
      {openProblem?.kind === 'unreadable' ? (
        <Notice tone="warning" as="p" role="status">
          {t('comparison.unreadable', {
            id: openProblem.id,
            problem: openProblem.issues?.[0]
              ? `${openProblem.issues[0].path}: ${formatDataIssue(openProblem.issues[0], t)}`
              : (openProblem.message ?? ''),
          })}
        </Notice>
      ) : null}
      {deletedComparison ? (
        <Notice tone="info" role="status" onDismiss={onDismissDeleted ?? (() => undefined)}>
          <p>
            {t('comparison.deleted', {
              title:
                deletedComparison.title[locale] ??
                deletedComparison.title.en ??
                deletedComparison.title.zh ??
                t('comparison.untitled'),
            })}{' '}
            <Button size="small" onClick={onUndoDelete}>
              {t('comparison.undo')}
            </Button>
          </p>
        </Notice>
      ) : null}
    </>
  );
}
