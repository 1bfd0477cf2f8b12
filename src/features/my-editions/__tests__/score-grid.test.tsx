import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { databaseEdition } from './editor-fixture';
import { renderEditor } from './editor-harness';

/** The grid cell of route `row` and criterion `column` (0-based), found the way a reader finds it. */
function cell(row: number, column: number): HTMLElement {
  const grid = screen.getByRole('grid');
  const bodyRow = within(grid).getAllByRole('row')[row + 1]!;
  return within(bodyRow).getAllByRole('gridcell')[column]!;
}

function gridValues(): string[][] {
  return [0, 1, 2].map((row) => [0, 1, 2, 3].map((column) => cell(row, column).textContent));
}

describe('score grid', () => {
  it('is a grid of routes × criteria whose empty cells read “not scored”, never 0', () => {
    renderEditor(databaseEdition());
    const grid = screen.getByRole('grid', { name: 'Scores from 1 to 5, higher is better' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Route', 'Latency', 'Ecosystem', '团队熟悉度', 'Freedom from lock-in']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['PostgreSQL', 'MongoDB', 'DynamoDB']);
    expect(gridValues()).toEqual([
      ['4', '5', '5', '5'],
      ['4', '—not scored', '—not scored', '—not scored'],
      ['—not scored', '—not scored', '—not scored', '—not scored'],
    ]);
    // One cell in the tab order; a missing score is a problem at its cell.
    expect(cell(0, 0)).toHaveAttribute('tabindex', '0');
    expect(cell(1, 1)).toHaveAttribute('tabindex', '-1');
    expect(cell(2, 0)).toHaveAttribute('aria-invalid', 'true');
    expect(cell(2, 0)).toHaveAccessibleDescription('not scored yet');
    expect(cell(0, 0)).not.toHaveAttribute('aria-invalid');
  });

  it('moves with the arrows, Tab, Shift+Tab, Enter and Shift+Enter', async () => {
    const { user } = renderEditor(databaseEdition());
    await user.click(cell(0, 0));
    expect(cell(0, 0)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cell(0, 1)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell(1, 1)).toHaveFocus();
    expect(cell(1, 1)).toHaveAttribute('tabindex', '0');
    expect(cell(0, 0)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(cell(1, 0)).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(cell(0, 0)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cell(1, 0)).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(cell(2, 0)).toHaveFocus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(cell(1, 0)).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell(1, 3)).toHaveFocus();
    // Tab at a row's end goes on to the next row; Shift+Tab comes back.
    await user.tab();
    expect(cell(2, 0)).toHaveFocus();
    await user.tab({ shift: true });
    expect(cell(1, 3)).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(cell(2, 3)).toHaveFocus();
    // The details follow the active cell.
    expect(screen.getByRole('heading', { name: 'DynamoDB · Freedom from lock-in' })).toBeInTheDocument();
    // Past the last cell, Tab leaves the grid for the active cell's details.
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Not scored' })).toHaveFocus();
  });

  it('sets a score with the keys 1–5 and clears it with Delete or Backspace', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.click(cell(2, 1));
    await user.keyboard('3');
    expect(cell(2, 1)).toHaveTextContent('3');
    expect(current().routes[2]?.scores.ecosystem).toEqual({ value: 3, cites: [] });
    expect(cell(2, 1)).not.toHaveAttribute('aria-invalid');
    await user.keyboard('7');
    expect(current().routes[2]?.scores.ecosystem?.value).toBe(3);
    await user.keyboard('{ArrowUp}5');
    expect(current().routes[1]?.scores.ecosystem?.value).toBe(5);
    await user.keyboard('{Delete}');
    expect(current().routes[1]?.scores).not.toHaveProperty('ecosystem');
    expect(cell(1, 1)).toHaveTextContent('—not scored');
    await user.keyboard('{ArrowUp}{Backspace}');
    expect(current().routes[0]?.scores).not.toHaveProperty('ecosystem');
  });

  it('fills a pasted 3 × 4 block from the active cell', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.click(cell(0, 0));
    fireEvent.paste(cell(0, 0), {
      clipboardData: { getData: () => '1\t2\t3\t4\r\n5\t\t1\t2\r\n3\t3\t3\t3\r\n' },
    });
    expect(gridValues()).toEqual([
      ['1', '2', '3', '4'],
      ['5', '—not scored', '1', '2'],
      ['3', '3', '3', '3'],
    ]);
    expect(current().routes.map((route) => Object.values(route.scores).map((score) => score.value))).toEqual([
      [1, 2, 3, 4],
      [5, 1, 2],
      [3, 3, 3, 3],
    ]);
    expect(current().routes[0]?.scores.latency).toEqual({ value: 1, cites: ['strengths[0]'] });
    expect(screen.getByText('Pasted 3 × 4 scores.')).toBeInTheDocument();
  });

  it('refuses a block with anything but scores, naming the cell, and changes nothing', async () => {
    const { user, changes } = renderEditor(databaseEdition());
    await user.click(cell(0, 1));
    fireEvent.paste(cell(0, 1), { clipboardData: { getData: () => '3\thigh\n2\t2' } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was pasted. PostgreSQL · 团队熟悉度: “high” is not a score from 1 to 5.',
    );
    expect(changes).toEqual([]);
    expect(cell(0, 1)).toHaveTextContent('5');
  });

  it('undoes and redoes a paste and a key, restoring the exact editions', async () => {
    const original = databaseEdition();
    const { user, current } = renderEditor(original);
    await user.click(cell(1, 1));
    fireEvent.paste(cell(1, 1), { clipboardData: { getData: () => '2\t2\n4\t4' } });
    const pasted = current();
    await user.keyboard('5');
    const typed = current();
    await user.keyboard('{Control>}z{/Control}');
    expect(current()).toEqual(pasted);
    await user.keyboard('{Control>}z{/Control}');
    expect(current()).toEqual(original);
    expect(gridValues()[1]).toEqual(['4', '—not scored', '—not scored', '—not scored']);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(current()).toEqual(pasted);
    await user.keyboard('{Control>}y{/Control}');
    expect(current()).toEqual(typed);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(current()).toEqual(pasted);
  });

  it('edits the active cell’s reason, cites and confidence in its details', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.click(cell(0, 1));
    await user.keyboard('{F2}');
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveFocus();
    await user.keyboard('Drivers for every language');
    await user.click(screen.getByRole('checkbox', { name: 'Strengths Rich SQL' }));
    await user.click(screen.getByRole('radio', { name: 'Inferred: worked out from what is said' }));
    expect(current().routes[0]?.scores.ecosystem).toEqual({
      value: 5,
      rationale: { en: 'Drivers for every language' },
      cites: ['strengths[1]'],
      confidence: 'inferred',
    });
    expect(cell(0, 1)).toHaveTextContent('5≈, inferred✎, with a reason');
    await user.click(screen.getByRole('radio', { name: '2' }));
    expect(current().routes[0]?.scores.ecosystem?.value).toBe(2);
  });
});
