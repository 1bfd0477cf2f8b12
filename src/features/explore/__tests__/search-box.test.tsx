import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import { MAX_QUERY_LENGTH } from '../../../domain/view-state';
import { renderWithProviders } from '../../../../tests/utils/render';

describe('search box', () => {
  it('takes no more text than the address keeps, and says nothing of a link', async () => {
    const { user } = renderWithProviders(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search routes' });
    await user.click(search);
    await user.paste('gpu '.repeat(70));
    expect(search).toHaveValue('gpu '.repeat(70).slice(0, MAX_QUERY_LENGTH));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });
});
