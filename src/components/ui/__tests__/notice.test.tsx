import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Notice } from '../notice';
import { StorageNotice } from '../storage-notice';
import { renderWithProviders } from '../../../../tests/utils/render';

describe('Notice', () => {
  it('shows its content in the look of its tone, heard as its role says', () => {
    renderWithProviders(
      <>
        <Notice as="p" tone="info" role="note">
          These routes belong to different trends.
        </Notice>
        <Notice tone="error" role="alert">
          <p>The file could not be read.</p>
        </Notice>
      </>,
    );
    const note = screen.getByRole('note');
    expect(note.tagName).toBe('P');
    expect(note).toHaveClass('notice notice--info', { exact: true });
    expect(note).toHaveTextContent('These routes belong to different trends.');
    const alert = screen.getByRole('alert');
    expect(alert.tagName).toBe('DIV');
    expect(alert).toHaveClass('notice notice--error', { exact: true });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('can name a question it asks', () => {
    renderWithProviders(
      <Notice tone="warning" role="group" className="confirm" aria-labelledby="question">
        <p id="question">Remove every route?</p>
      </Notice>,
    );
    expect(screen.getByRole('group', { name: 'Remove every route?' })).toHaveClass('notice notice--warning confirm');
  });

  it('offers a dismiss button in the reader’s language, then gives focus to the page’s content', async () => {
    const onDismiss = vi.fn();
    const { user } = renderWithProviders(
      <main id="main" tabIndex={-1}>
        <Notice tone="warning" role="status" onDismiss={onDismiss}>
          <p>Saved columns could not be read.</p>
        </Notice>
      </main>,
      { lng: 'zh' },
    );
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('takes another word for dismissing', async () => {
    const onDismiss = vi.fn();
    const { user } = renderWithProviders(
      <Notice tone="info" role="status" onDismiss={onDismiss} dismissLabel="OK">
        <p>Route Atlas now works offline.</p>
      </Notice>,
    );
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('StorageNotice', () => {
  it('says what could not be read, in a warning with a dismiss button', async () => {
    const onDismiss = vi.fn();
    const { user } = renderWithProviders(
      <StorageNotice message="Your edited scores could not be read." onDismiss={onDismiss} />,
    );
    const notice = screen.getByRole('status');
    expect(notice).toHaveClass('notice notice--warning url-notice', { exact: true });
    expect(notice).toHaveTextContent('Your edited scores could not be read.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
