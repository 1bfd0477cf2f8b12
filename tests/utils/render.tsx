import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type UiLocale } from '../../src/lib/i18n';

/** Renders `ui` with the real i18n setup (a fresh instance per test) and a userEvent session. */
export function renderWithProviders(
  ui: ReactElement,
  { lng = 'en' }: { lng?: UiLocale } = {},
): RenderResult & { user: ReturnType<typeof userEvent.setup>; i18n: I18n } {
  const i18n = createI18n({ lng });
  const user = userEvent.setup();
  // As a wrapper, the provider also surrounds whatever `rerender` renders.
  const result = render(ui, { wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider> });
  return { ...result, user, i18n };
}
