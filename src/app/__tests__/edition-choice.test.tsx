import { act, renderHook, waitFor } from '@testing-library/react';
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../tests/property/generators';
import { parseEdition } from '../../domain/edition/issues';
import { MY_ROUTES_ID } from '../../features/my-editions/model/my-routes';
import { UrlParamsProvider, useUrlParams } from '../../lib/url-state';
import { useEditionChoice } from '../use-edition-choice';

const edition = bundledEdition();
const myRoutes = { ...edition, id: MY_ROUTES_ID };

describe('useEditionChoice', () => {
  it('keeps the language chosen after it was handed out: an import ending later does not undo a switch', async () => {
    let address = '';
    const wrapper = ({ children }: { readonly children: ReactNode }) => (
      <NuqsTestingAdapter
        searchParams="?lang=en&trend=ai-chips"
        hasMemory
        onUrlUpdate={(event: UrlUpdateEvent) => {
          address = event.queryString;
        }}
      >
        <UrlParamsProvider>{children}</UrlParamsProvider>
      </NuqsTestingAdapter>
    );
    const { result } = renderHook(
      () => ({
        choice: useEditionChoice([{ file: 'edition.json', result: parseEdition(edition) }], myRoutes, true),
        params: useUrlParams(),
      }),
      { wrapper },
    );
    // Given out when an import started, as the import dialog's callback holds it.
    const chooseAtImportStart = result.current.choice.chooseEdition;
    act(() => void result.current.params[1]({ lang: 'zh' }));
    act(() => chooseAtImportStart(MY_ROUTES_ID));
    expect(result.current.params[0].lang).toBe('zh');
    expect(result.current.params[0].trend).toBeNull();
    expect(result.current.choice.current?.id).toBe(MY_ROUTES_ID);
    // The address is written a moment later (nuqs queues its writes).
    await waitFor(() => expect(new URLSearchParams(address).get('ed')).toBe(MY_ROUTES_ID));
    expect(new URLSearchParams(address).get('lang')).toBe('zh');
  });
});
