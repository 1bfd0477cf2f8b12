import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { STATUS_MS, useAutoDismiss } from '../../../hooks/use-auto-dismiss';
import { StatusToast } from '../status-toast';
import { runOnFakeTimers } from '../../../../tests/utils/fake-timers';

const setupUser = runOnFakeTimers();

function Page() {
  const [status, setStatus] = useAutoDismiss();
  return (
    <>
      <button type="button" onClick={() => setStatus('3 routes added to My routes.')}>
        Import
      </button>
      <StatusToast message={status} />
    </>
  );
}

describe('StatusToast', () => {
  it('is a live region that is always there and shows only while it has something to say', async () => {
    const user = setupUser();
    render(<Page />);
    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('');
    expect(toast).not.toHaveClass('status-toast--visible');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(toast).toHaveTextContent('3 routes added to My routes.');
    expect(toast).toHaveClass('status-toast status-toast--visible', { exact: true });
    act(() => {
      vi.advanceTimersByTime(STATUS_MS);
    });
    expect(screen.getByRole('status')).toBe(toast);
    expect(toast).toHaveTextContent('');
    expect(toast).toHaveClass('status-toast', { exact: true });
  });
});
