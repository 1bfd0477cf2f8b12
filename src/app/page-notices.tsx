import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { StatusToast } from '../components/ui/status-toast';
import { StorageNotice } from '../components/ui/storage-notice';
import type { MyRoutesProblem } from '../features/my-editions/hooks/use-my-routes';
import { describeMyRoutesProblem } from '../features/my-editions/my-routes-problem-message';
import { UpdateNotice } from '../features/offline/components/update-notice';
import { formatList } from '../lib/i18n/format-list';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import type { OpenProblem } from '../features/my-editions/hooks/use-user-editions';
import type { UserEdition } from '../features/my-editions/model/user-edition';
import { formatDataIssue } from '../lib/errors/data-issue-message';
import { noteLoadFailure, useNewVersionDeployed } from '../lib/load-failure';
import { describeStorageFailure } from '../lib/storage/storage-failure-message';
import { useUnkeptWrites } from '../lib/storage/unkept-writes';
import type { LoadedEdition } from './bundled-editions';
import { DataErrorPanel } from './data-error-panel';

/**
 * What the page says above the dashboard: data files that failed their check, stored data that
 * could not be read or kept (each dismissible; choices not kept are named once per visit), the
 * one-line status of the last action, and, once the page is up, the service worker's news (ready
 * offline, a new version). A new version found because a chunk would not load is offered here too
 * when the service worker's part is not loaded (no service worker, or its chunk is gone as well).
 */
export function PageNotices({
  failures,
  myRoutesProblem,
  onDismissMyRoutesProblem,
  overridesProblem,
  onDismissOverridesProblem,
  status,
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
  readonly status: string;
  /** Why the comparison the address names is not shown. */
  readonly openProblem?: OpenProblem | undefined;
  /** A comparison just deleted: said, with Undo, until dismissed. */
  readonly deletedComparison?: UserEdition | undefined;
  readonly onUndoDelete?: () => void;
  readonly onDismissDeleted?: () => void;
}) {
  const { t, locale } = useUiLocale();
  const unkept = useUnkeptWrites();
  const deployed = useNewVersionDeployed();
  const [deployedDismissed, setDeployedDismissed] = useState(false);
  // The service worker and its update notice load once the page is up: not with the first view,
  // and not in development, where no worker is built.
  const [ServiceWorkerNews, setServiceWorkerNews] = useState<ComponentType<{
    readonly newVersionDeployed: boolean;
  }> | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let live = true;
    void import('../features/offline/components/service-worker-status').then(
      ({ ServiceWorkerStatus }) => {
        // In a transition: it may arrive while the prerendered page still hydrates, which an
        // ordinary update would finish in one long task.
        if (live) startTransition(() => setServiceWorkerNews(() => ServiceWorkerStatus));
      },
      // Offline without the cache, or a new version deployed: the page works without it, and a
      // new version is then offered below.
      noteLoadFailure,
    );
    return () => {
      live = false;
    };
  }, []);
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
      <StatusToast message={status} />
      {ServiceWorkerNews ? (
        <ServiceWorkerNews newVersionDeployed={deployed} />
      ) : deployed && !deployedDismissed ? (
        <UpdateNotice
          needRefresh
          offlineReady={false}
          onReload={() => window.location.reload()}
          onDismiss={() => setDeployedDismissed(true)}
        />
      ) : null}
    </>
  );
}
