import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateNotice } from './update-notice';

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
