import { useDismissAfter } from '../../../hooks/use-auto-dismiss';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateNotice } from './update-notice';

/** How long "ready to work offline" stays on screen, in ms. */
const OFFLINE_NEWS_MS = 8000;

/**
 * Registers the service worker (production builds) and shows its news: a new version waits for
 * the reader's Reload, so nothing changes under them mid-task. Loaded after the page is up.
 */
export function ServiceWorkerStatus() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  // "Ready to work offline" is news once, not a task: it leaves by itself. A waiting new version
  // stays until the reader answers.
  useDismissAfter(offlineReady && !needRefresh, () => setOfflineReady(false), OFFLINE_NEWS_MS);
  return (
    <UpdateNotice
      needRefresh={needRefresh}
      offlineReady={offlineReady}
      onReload={() => void updateServiceWorker(true)}
      onDismiss={() => {
        setNeedRefresh(false);
        setOfflineReady(false);
      }}
    />
  );
}
