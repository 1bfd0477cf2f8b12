import { startTransition, useEffect, useState, type ComponentType } from 'react';

/**
 * The service worker's news (ready to work offline, a new version), loaded once the page is up:
 * not with the first view, and not in development, where no worker is built. It renders in the
 * footer, in the page's flow: it arrives late, so anywhere higher it would push the content down,
 * and floating it would cover some.
 */
export function ServiceWorkerNews() {
  const [News, setNews] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let live = true;
    void import('../features/offline/components/service-worker-status').then(({ ServiceWorkerStatus }) => {
      // In a transition: it may arrive while the prerendered page still hydrates, which an
      // ordinary update would finish in one long task.
      if (live) startTransition(() => setNews(() => ServiceWorkerStatus));
    });
    return () => {
      live = false;
    };
  }, []);
  return News ? <News /> : null;
}
