import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import type { Locale } from '../../../domain/locale';
import { loadPinyin } from '../model/pinyin';
import { renderWithProviders } from '../../../../tests/utils/render';

const rowIds = () =>
  [...screen.getByRole('table').querySelectorAll('tbody tr[data-route-id]')].map((row) =>
    row.getAttribute('data-route-id'),
  );

/** The trend section a link's target sits in, by the section's heading. */
function sectionOfTarget(link: HTMLElement): string | null | undefined {
  const id = decodeURIComponent(new URL(link.getAttribute('href') ?? '', 'https://example.test/').hash.slice(1));
  const target = document.getElementById(id);
  const section = target?.closest('section[aria-labelledby]');
  return section ? document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent : undefined;
}

describe('search leads to what the article says about a trend', () => {
  // Loaded before: a Latin search that finds no route waits for pinyin's keys before it says so
  // (see use-explore-query's tests); these are about the article's matches.
  beforeAll(() => loadPinyin(), 30_000);

  it.each<[Locale, string, string, RegExp]>([
    [
      'en',
      'Jetson',
      'Competition in AI chip performance and ecosystems',
      /^AI chips — 2\.1 Technical details: Edge AI chips$/,
    ],
    [
      'en',
      'inference',
      'Competition in AI chip performance and ecosystems',
      /^AI chips — 2\.3 Advice for developers: Assess your computing needs$/,
    ],
    ['zh', '推理', 'AI 芯片的性能与生态竞争', /^AI 芯片 — 2\.1 具体技术细节：边缘 AI 芯片$/],
  ])('in %s, “%s” finds no route but links to the AI chips section', async (lng, query, heading, name) => {
    const { user } = renderWithProviders(<App />, { lng });
    const search = screen.getByRole('searchbox', { name: lng === 'en' ? 'Search routes' : '搜索技术路线' });
    await user.click(search);
    await user.paste(query);
    expect(rowIds()).toEqual([]);
    const line = screen.getByText(lng === 'en' ? /^Also in the article:/ : /^文中其他相关内容：/);
    expect(line.closest('[role="status"]')).not.toBeNull();
    const link = within(line).getByRole('link', { name });
    expect(sectionOfTarget(link)).toBe(heading);
  });

  it('shows nothing when the article does not have the words, and goes when the search is cleared', async () => {
    const { user } = renderWithProviders(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    await user.click(search);
    await user.paste('quantum');
    expect(rowIds()).toEqual([]);
    expect(screen.queryByText(/^Also in the article:/)).not.toBeInTheDocument();
    await user.clear(search);
    await user.paste('CUDA');
    const link = screen.getByRole('link', { name: /^AI chips — 2\.3 Advice for developers/ });
    expect(link).toHaveAttribute('href', '#trend-ai-chips-advice');
    await user.clear(search);
    expect(screen.queryByText(/^Also in the article:/)).not.toBeInTheDocument();
  });

  it('lists every part that matches, routes included, in the article’s order', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(screen.getByRole('searchbox', { name: 'Search routes' }));
    await user.paste('GPU');
    expect(rowIds()).toEqual(['gpu']);
    expect(
      within(screen.getByText(/^Also in the article:/))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'AI chips — 2.1 Technical details',
      'AI chips — 2.3 Advice for developers: Assess your computing needs',
    ]);
  });
});
