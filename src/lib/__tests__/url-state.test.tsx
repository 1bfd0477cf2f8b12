import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/utils/render';
import { allowConsoleError } from '../../../tests/utils/console-guard';
import { useEditionParam, useUrlParams } from '../url-state';

describe('useUrlParams', () => {
  it('renders a reader once per change, not again when the address is written after it', async () => {
    let renders = 0;
    function TrendReader() {
      const [params, setParams] = useUrlParams();
      renders++;
      return <button onClick={() => void setParams({ trend: 'ai-chips' })}>{params.trend ?? 'no trend'}</button>;
    }
    const { user, params } = renderWithProviders(<TrendReader />, { search: '?v=1' });
    const atMount = renders;
    await user.click(screen.getByRole('button', { name: 'no trend' }));
    expect(screen.getByRole('button', { name: 'ai-chips' })).toBeDefined();
    // The address is written a moment later (nuqs throttles it); the reader has rendered it already.
    await waitFor(() => expect(params()).toEqual({ v: '1', trend: 'ai-chips' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders - atMount).toBe(1);
  });

  it('hands down the edition param with its own setter, which keeps the view params', async () => {
    function EditionReader() {
      const [edition, setEdition] = useEditionParam();
      const [view] = useUrlParams();
      return (
        <button onClick={() => void setEdition('my-routes')}>
          {edition ?? 'first edition'} {view.trend}
        </button>
      );
    }
    const { user, params } = renderWithProviders(<EditionReader />, { search: '?trend=ai-chips' });
    await user.click(screen.getByRole('button', { name: 'first edition ai-chips' }));
    expect(screen.getByRole('button', { name: 'my-routes ai-chips' })).toBeDefined();
    await waitFor(() => expect(params()).toEqual({ ed: 'my-routes', trend: 'ai-chips' }));
  });

  it('says what is missing when read outside the providers', () => {
    allowConsoleError(/UrlParamsProvider/);
    function Bare() {
      useUrlParams();
      return null;
    }
    expect(() => render(<Bare />)).toThrow('useUrlParams and useEditionParam need a UrlParamsProvider');
  });
});
