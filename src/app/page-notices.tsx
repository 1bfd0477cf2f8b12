import { StorageNotice } from '../components/ui/storage-notice';
import type { MyRoutesProblem } from '../features/my-editions/hooks/use-my-routes';
import { describeMyRoutesProblem } from '../features/my-editions/my-routes-problem-message';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import type { LoadedEdition } from './bundled-editions';
import { DataErrorPanel } from './data-error-panel';

/**
 * What the page says above the dashboard: data files that failed their check, and stored data
 * that could not be read or kept (each dismissible). The status of the last action shows in the
 * view it was raised in, and the service worker's news in the footer (`ServiceWorkerNews`).
 */
export function PageNotices({
  failures,
  myRoutesProblem,
  onDismissMyRoutesProblem,
  overridesProblem,
  onDismissOverridesProblem,
}: {
  readonly failures: readonly LoadedEdition[];
  readonly myRoutesProblem: MyRoutesProblem | undefined;
  readonly onDismissMyRoutesProblem: () => void;
  /** The reader's stored scores could not be read and were discarded. */
  readonly overridesProblem: boolean;
  readonly onDismissOverridesProblem: () => void;
}) {
  const { t } = useUiLocale();
  return (
    <>
      {failures.length > 0 ? <DataErrorPanel failures={failures} /> : null}
      {myRoutesProblem ? (
        <StorageNotice message={describeMyRoutesProblem(myRoutesProblem, t)} onDismiss={onDismissMyRoutesProblem} />
      ) : null}
      {overridesProblem ? (
        <StorageNotice message={t('overrides.storageProblem')} onDismiss={onDismissOverridesProblem} />
      ) : null}
    </>
  );
}
