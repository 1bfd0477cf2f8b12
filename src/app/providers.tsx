import type { i18n as I18n } from 'i18next';
import { StrictMode, type ComponentType, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { UiLocaleProvider } from '../lib/i18n/use-ui-locale';
import { UrlParamsProvider } from '../lib/url-state';

/** A nuqs adapter: where the view state's URL lives (the browser's address bar, or memory). */
export type UrlAdapter = ComponentType<{ readonly children: ReactNode }>;

/**
 * The one provider tree of the page, in one nesting order: i18n outside, the URL state inside
 * (the adapter, then the one reader of its params).
 * The browser entry (`boot.tsx`), the prerender (`entry-server.tsx`), the test render helper and
 * the harness all render through it, so each sees the page as a reader does.
 *
 * The URL adapter is passed in, not chosen here, so the browser's bundle never carries the
 * in-memory adapter that the prerender and tests use. `strict` (default true) wraps the tree in
 * StrictMode; the harness turns it off, as its doubled effects would run a benchmark twice.
 */
export function Providers({
  i18n,
  urlAdapter: Url,
  strict = true,
  children,
}: {
  readonly i18n: I18n;
  readonly urlAdapter: UrlAdapter;
  readonly strict?: boolean;
  readonly children: ReactNode;
}) {
  const tree = (
    <I18nextProvider i18n={i18n}>
      <UiLocaleProvider i18n={i18n}>
        <Url>
          <UrlParamsProvider>{children}</UrlParamsProvider>
        </Url>
      </UiLocaleProvider>
    </I18nextProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
