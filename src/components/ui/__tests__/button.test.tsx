import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createRef, type SyntheticEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button, buttonClassName } from '../button';

describe('Button', () => {
  it('is a plain button by default, so it never submits the form it sits in', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: SyntheticEvent) => event.preventDefault());
    const onClick = vi.fn();
    render(
      <form onSubmit={onSubmit}>
        <Button onClick={onClick}>Cancel</Button>
        <Button type="submit" variant="primary" size="small">
          Save
        </Button>
      </form>,
    );
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveAttribute('type', 'button');
    expect(cancel).toHaveClass('button', { exact: true });
    await user.click(cancel);
    expect(onClick).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('carries the classes of its look, then any of its own', () => {
    render(
      <>
        <Button variant="quiet" size="small">
          Reset all
        </Button>
        <Button variant="danger" size="small">
          Remove all
        </Button>
        <Button variant="quiet" className="dialog__close">
          Close
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Reset all' }).className).toBe('button button--quiet button--small');
    expect(screen.getByRole('button', { name: 'Remove all' }).className).toBe('button button--danger button--small');
    expect(screen.getByRole('button', { name: 'Close' }).className).toBe('button button--quiet dialog__close');
  });

  it('passes its ref and every other prop to the button', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} size="small" aria-pressed disabled aria-haspopup="dialog">
        Import…
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Import…' });
    expect(ref.current).toBe(button);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  });
});

describe('buttonClassName', () => {
  it('gives a summary that opens a menu the look of a button', () => {
    expect(buttonClassName()).toBe('button');
    expect(buttonClassName({ size: 'small' })).toBe('button button--small');
    expect(buttonClassName({ variant: 'primary', className: 'wide' })).toBe('button button--primary wide');
  });
});
