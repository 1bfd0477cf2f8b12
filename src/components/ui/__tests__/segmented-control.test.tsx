import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SegmentedControl, type SegmentedOption } from '../segmented-control';

type Size = 'compact' | 'comfortable';
const SIZES: readonly SegmentedOption<Size>[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'comfortable', label: 'Comfortable' },
];

function Density({ onChange }: { readonly onChange?: (value: Size) => void }) {
  const [size, setSize] = useState<Size>('comfortable');
  return (
    <SegmentedControl
      label="Density"
      options={SIZES}
      value={size}
      onChange={(value) => {
        setSize(value);
        onChange?.(value);
      }}
    />
  );
}

describe('SegmentedControl', () => {
  it('is a named group of toggle buttons with the current one pressed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Density onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Density' });
    const compact = within(group).getByRole('button', { name: 'Compact' });
    const comfortable = within(group).getByRole('button', { name: 'Comfortable' });
    expect(compact).toHaveAttribute('aria-pressed', 'false');
    expect(comfortable).toHaveAttribute('aria-pressed', 'true');
    await user.click(compact);
    expect(onChange).toHaveBeenCalledWith('compact');
    expect(compact).toHaveAttribute('aria-pressed', 'true');
    expect(comfortable).toHaveAttribute('aria-pressed', 'false');
  });

  it('marks an option in another language than the page', () => {
    render(
      <SegmentedControl
        label="Language"
        options={[
          { value: 'zh', label: '中文', lang: 'zh-CN' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
        value="en"
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('names an option by its text when it also shows an icon', () => {
    render(
      <SegmentedControl
        label="Theme"
        options={[
          {
            value: 'dark',
            label: (
              <>
                <span className="theme-icon theme-icon--dark" aria-hidden="true" />
                <span>Dark</span>
              </>
            ),
          },
        ]}
        value="dark"
        onChange={() => undefined}
      />,
    );
    expect(within(screen.getByRole('group', { name: 'Theme' })).getByRole('button', { name: 'Dark' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
