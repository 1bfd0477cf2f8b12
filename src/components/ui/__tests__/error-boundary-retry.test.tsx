import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { allowConsoleError } from '../../../../tests/utils/console-guard';
import { Providers } from '../../../app/providers';
import { bundledStrings } from '../../../lib/i18n/bundled-strings';
import { createI18n } from '../../../lib/i18n/i18n';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { ErrorBoundary } from '../error-boundary';

describe('a chunk that failed for two parts', () => {
  it('loads again for both on one Try again', async () => {
    // React reports each caught error; the page's own root passes load failures over (onCaughtError).
    allowConsoleError(/Failed to fetch dynamically imported module/);
    // The network drops the first request for the chunk and lets the next ones through.
    let requests = 0;
    const RadarChart = ({ name }: { readonly name: string }) => <p>{name} radar</p>;
    const Radar = retryableLazy(() => {
      requests += 1;
      return requests === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: radar.js'))
        : Promise.resolve(RadarChart);
    });
    const i18n = createI18n({ lng: 'en', strings: { en: bundledStrings.en } });
    render(
      <Providers
        i18n={i18n}
        urlAdapter={({ children }) => <NuqsTestingAdapter hasMemory>{children}</NuqsTestingAdapter>}
        strict={false}
      >
        {['AI chips', 'Generative AI'].map((name) => (
          <ErrorBoundary key={name} part={`${name} radar`}>
            <Suspense fallback={<p>loading</p>}>
              <Radar name={name} />
            </Suspense>
          </ErrorBoundary>
        ))}
      </Providers>,
    );
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      expect.stringContaining('AI chips radar could not load'),
      expect.stringContaining('Generative AI radar could not load'),
    ]);

    await userEvent.click(screen.getAllByRole('button', { name: 'Try again' })[0] as HTMLElement);
    expect(await screen.findByText('AI chips radar')).toBeInTheDocument();
    expect(await screen.findByText('Generative AI radar')).toBeInTheDocument();
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(requests).toBe(2);
  });
});
