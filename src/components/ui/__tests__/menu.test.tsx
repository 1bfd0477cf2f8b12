import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Menu } from '../menu';

function TwoMenus() {
  return (
    <>
      <Menu label="Columns">
        <fieldset className="menu__panel">
          <legend>Columns</legend>
          <label>
            <input type="checkbox" /> Trend
          </label>
        </fieldset>
      </Menu>
      <button type="button">Elsewhere</button>
    </>
  );
}

const details = () => screen.getByText('Columns', { selector: 'summary' }).closest('details');

describe('Menu', () => {
  it('opens from its button and closes on Escape from inside, giving focus back to its button', async () => {
    const user = userEvent.setup();
    render(<TwoMenus />);
    const summary = screen.getByText('Columns', { selector: 'summary' });
    await user.click(summary);
    expect(details()).toHaveAttribute('open');
    await user.click(screen.getByRole('checkbox', { name: 'Trend' }));
    expect(screen.getByRole('checkbox', { name: 'Trend' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(details()).not.toHaveAttribute('open');
    expect(summary).toHaveFocus();
  });

  it('closes on a press outside it, and stays open on a press inside', async () => {
    const user = userEvent.setup();
    render(<TwoMenus />);
    await user.click(screen.getByText('Columns', { selector: 'summary' }));
    await user.click(screen.getByText('Trend'));
    expect(details()).toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(details()).not.toHaveAttribute('open');
  });

  it('lets an Escape on its closed button through to the page', async () => {
    const user = userEvent.setup();
    let heard = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) heard += 1;
    };
    document.addEventListener('keydown', onKeyDown);
    render(<TwoMenus />);
    screen.getByText('Columns', { selector: 'summary' }).focus();
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', onKeyDown);
    expect(heard).toBe(1);
    expect(details()).not.toHaveAttribute('open');
  });
});
