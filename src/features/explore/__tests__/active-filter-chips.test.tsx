import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../tests/utils/render';
import { ActiveFilterChips } from '../components/routes-table-filters';

/** Chips for three active filters, each removing itself, and a heading that takes focus when none is left. */
function Chips() {
  const [active, setActive] = useState(['AI chips', 'Tag: Edge', 'Search: gpu']);
  return (
    <>
      <h2 tabIndex={-1}>Routes</h2>
      <ActiveFilterChips
        chips={active.map((label) => ({
          key: label,
          label,
          onRemove: () => setActive((current) => current.filter((item) => item !== label)),
        }))}
        onResetAll={() => setActive([])}
        onEmptied={() => screen.getByRole('heading', { name: 'Routes' }).focus()}
      />
    </>
  );
}

describe('ActiveFilterChips', () => {
  it('keeps the keyboard in place: a removed chip’s focus goes to the next chip, then the one before, then the heading', async () => {
    const { user } = renderWithProviders(<Chips />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove filter: AI chips' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove filter: Tag: Edge' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove filter: Tag: Edge' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Routes' })).toHaveFocus();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
