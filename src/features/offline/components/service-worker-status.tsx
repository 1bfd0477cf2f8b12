import { useEffect, useState } from 'react';
import { useDismissAfter } from '../../../hooks/use-auto-dismiss';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateNotice } from './update-notice';

/** How long "ready to work offline" stays on screen, in ms. */
const OFFLINE_NEWS_MS = 8000;

/**
 * Registers the service worker (production builds) and shows its news: a new version waits for
 * the reader's Reload, so nothing changes under them mid-task. Loaded after the page is up.
 * `newVersionDeployed`: a chunk would not load because the server has a new version; the worker
 * is asked to fetch it, and Reload is offered at once (a plain reload when no new worker waits).
 */
export function ServiceWorkerStatus({ newVersionDeployed = false }: { readonly newVersionDeployed?: boolean }) {
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | undefined>(undefined);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: (_url, registered) => setRegistration(registered) });
  const [deployedDismissed, setDeployedDismissed] = useState(false);
  useEffect(() => {
    // The worker checks for a new version only on navigations and every day: ask it now.
    if (newVersionDeployed) void registration?.update().catch(() => undefined);
  }, [newVersionDeployed, registration]);
  const offerReload = needRefresh || (newVersionDeployed && !deployedDismissed);
  // "Ready to work offline" is news once, not a task: it leaves by itself. A waiting new version
  // stays until the reader answers.
  useDismissAfter(offlineReady && !needRefresh, () => setOfflineReady(false), OFFLINE_NEWS_MS);
  return (
    <UpdateNotice
      needRefresh={offerReload}
      offlineReady={offlineReady}
      onReload={() => {
        if (needRefresh) void updateServiceWorker(true);
        else window.location.reload();
      }}
      onDismiss={() => {
        setNeedRefresh(false);
        setOfflineReady(false);
        setDeployedDismissed(true);
      }}
    />
  );
}
