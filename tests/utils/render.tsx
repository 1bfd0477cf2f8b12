import { type Locale } from '../../src/domain/locale';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import type { ReactElement, ReactNode } from 'react';
import { Providers } from '../../src/app/providers';
import { createI18n } from '../../src/lib/i18n/i18n';
import { bundledStrings } from '../../src/lib/i18n/bundled-strings';

/**
 * Renders `ui` with the real i18n setup (a fresh instance per test), URL state in memory starting
 * from `search` (e.g. `?sort=cost.desc`), and a userEvent session. `params()` returns the query
 * string as last written, as an object (`{ v: '1', sort: 'cost.desc' }`): param order is not part
 * of the URL format.
 */
export function renderWithProviders(
  ui: ReactElement,
  { lng = 'en', search: initialSearch = '' }: { lng?: Locale; search?: string } = {},
): RenderResult & {
  user: ReturnType<typeof userEvent.setup>;
  i18n: I18n;
  params: () => Record<string, string>;
} {
  const i18n = createI18n({ lng, strings: bundledStrings });
  const user = userEvent.setup();
  let latest = new URLSearchParams(initialSearch).toString();
  // The address in memory, starting from `search`; every write is kept for `params()`.
  const MemoryUrl = ({ children }: { readonly children: ReactNode }) => (
    <NuqsTestingAdapter
      searchParams={initialSearch}
      hasMemory
      onUrlUpdate={(event) => {
        latest = event.queryString.replace(/^\?/, '');
      }}
    >
      {children}
    </NuqsTestingAdapter>
  );
  // As a wrapper, the providers also surround whatever `rerender` renders.
  const result = render(ui, {
    wrapper: ({ children }) => (
      <Providers i18n={i18n} urlAdapter={MemoryUrl} strict={false}>
        {children}
      </Providers>
    ),
  });
  return {
    ...result,
    user,
    i18n,
    params: () => Object.fromEntries(new URLSearchParams(latest)),
  };
}
