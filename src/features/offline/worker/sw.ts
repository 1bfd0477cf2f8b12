/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { LANGUAGE_COOKIE, LOCALE_PAGES, negotiateLocale } from '../../../domain/locale';

declare const self: ServiceWorkerGlobalScope & {
  readonly __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0];
};

async function rememberedLanguage(): Promise<string | undefined> {
  try {
    // The Cookie Store API (Chromium; elsewhere this throws and the browser's languages decide).
    const cookie = await self.cookieStore.get(LANGUAGE_COOKIE);
    return cookie?.value ? `${LANGUAGE_COOKIE}=${cookie.value}` : undefined;
  } catch {
    return undefined;
  }
}

// Pages come from the network when there is one: the server sends the reader's language, and a new
// version's HTML. Offline, the cached page of the language the server would have chosen.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      const locale = negotiateLocale({
        query: new URL(request.url).search,
        cookie: await rememberedLanguage(),
        acceptLanguage: self.navigator.languages.join(','),
      });
      return (await matchPrecache(LOCALE_PAGES[locale])) ?? Response.error();
    }
  },
);

// Every file of the build (scripts, the two prerendered pages, icons, manifest), so the dashboard
// opens and works with no network after the first visit. Registered after the page route, which
// must answer navigations first (the precache would answer `/` with the English page).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A new version waits until the reader chooses to reload (the page's update notice asks it to).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
