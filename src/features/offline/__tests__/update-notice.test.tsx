import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../components/update-notice';
import { renderWithProviders } from '../../../../tests/utils/render';

describe('the service worker’s news', () => {
  it('announces a new version and reloads only when asked', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    const { user } = renderWithProviders(
      <UpdateNotice needRefresh offlineReady={false} onReload={onReload} onDismiss={onDismiss} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Route Atlas is ready.');
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(onReload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('says once that it works offline, in Chinese too, and is silent without news', () => {
    const { rerender } = renderWithProviders(
      <UpdateNotice needRefresh={false} offlineReady onReload={vi.fn()} onDismiss={vi.fn()} />,
      { lng: 'zh' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('路线图鉴已可离线使用。');
    expect(screen.queryByRole('button', { name: '重新加载' })).not.toBeInTheDocument();
    rerender(<UpdateNotice needRefresh={false} offlineReady={false} onReload={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
