import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers';
import { bundledStrings } from '../../../lib/i18n/bundled-strings';
import { createI18n } from '../../../lib/i18n/i18n';
import { LanguageSwitch } from '../components/language-switch';

// The other language's strings are a chunk of their own: here the network drops the first
// request for them and lets the second through.
const attempts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/i18n/ui-strings', async () => {
  const { bundledStrings: strings } = await import('../../../lib/i18n/bundled-strings');
  return {
    loadUiStrings: (locale: 'en' | 'zh') => {
      attempts.count += 1;
      return attempts.count === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: zh.js'))
        : Promise.resolve(strings[locale]);
    },
  };
});

describe('a language whose strings cannot load', () => {
  it('leaves the page in its language, says so, and switches on Try again', async () => {
    const i18n = createI18n({ lng: 'en', strings: { en: bundledStrings.en } });
    const user = userEvent.setup();
    render(
      <Providers
        i18n={i18n}
        urlAdapter={({ children }) => <NuqsTestingAdapter hasMemory>{children}</NuqsTestingAdapter>}
        strict={false}
      >
        <LanguageSwitch />
      </Providers>,
    );
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '中文 could not load (is the network down?). The page stays in English. Try again',
    );
    expect(
      within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'English' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: '语言' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
