import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import { renderWithProviders } from '../../../../tests/utils/render';

// Its own file: pinyin-pro must not have loaded before this test (the module keeps it once loaded).
describe('highlighting by pinyin', () => {
  it('marks the Chinese characters a Latin search matches once pinyin has loaded, in lines already drawn', async () => {
    // "mo" matches six routes by their letters ("model", "multimodal"…) before pinyin loads: the rows
    // stay the same when it does, and only the highlighting changes (模 is mó).
    renderWithProviders(<App />, { lng: 'zh', search: '?v=1&lang=zh&q=mo' });
    const table = screen.getByRole('table');
    expect(table.querySelectorAll('tbody tr[data-route-id]')).toHaveLength(6);
    await waitFor(
      () => {
        const marked = [...table.querySelectorAll('tr[data-route-id="llm-pretraining"] mark')].map(
          (mark) => mark.textContent,
        );
        expect(marked).toContain('模');
      },
      { timeout: 10_000 },
    );
    expect(table.querySelectorAll('tbody tr[data-route-id]')).toHaveLength(6);
  }, 20_000);
});
