import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { UpdateNotice } from '../features/offline/components/update-notice';
import { noteLoadFailure, useNewVersionDeployed } from '../lib/load-failure';

/**
 * The service worker's news (ready to work offline, a new version), loaded once the page is up:
 * not with the first view, and not in development, where no worker is built. It renders in the
 * footer, in the page's flow: it arrives late, so anywhere higher it would push the content down,
 * and floating it would cover some. A new version found because a chunk would not load is
 * offered here too when the service worker's part is not loaded (no service worker, or its chunk
 * is gone as well).
 */
export function ServiceWorkerNews() {
  const deployed = useNewVersionDeployed();
  const [deployedDismissed, setDeployedDismissed] = useState(false);
  const [News, setNews] = useState<ComponentType<{ readonly newVersionDeployed: boolean }> | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let live = true;
    void import('../features/offline/components/service-worker-status').then(
      ({ ServiceWorkerStatus }) => {
        // In a transition: it may arrive while the prerendered page still hydrates, which an
        // ordinary update would finish in one long task.
        if (live) startTransition(() => setNews(() => ServiceWorkerStatus));
      },
      // Offline without the cache, or a new version deployed: the page works without it, and a
      // new version is then offered below.
      noteLoadFailure,
    );
    return () => {
      live = false;
    };
  }, []);
  if (News) return <News newVersionDeployed={deployed} />;
  return deployed && !deployedDismissed ? (
    <UpdateNotice
      needRefresh
      offlineReady={false}
      onReload={() => window.location.reload()}
      onDismiss={() => setDeployedDismissed(true)}
    />
  ) : null;
}
