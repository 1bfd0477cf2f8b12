import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../use-after-paint';

function Follower({ value }: { readonly value: string }) {
  const shown = useAfterPaint(value);
  return (
    <p>
      <span data-testid="now">{value}</span> <span data-testid="after">{shown}</span>
    </p>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('useAfterPaint', () => {
  it('gives the value at once on the first render, and a change only after the next frame', async () => {
    const { rerender } = render(<Follower value="all routes" />);
    expect(screen.getByTestId('after')).toHaveTextContent('all routes');
    rerender(<Follower value="AI chips" />);
    // The render of the change itself still shows the old value.
    expect(screen.getByTestId('now')).toHaveTextContent('AI chips');
    expect(screen.getByTestId('after')).toHaveTextContent('all routes');
    await act(nextFrame);
    await act(nextFrame);
    expect(screen.getByTestId('after')).toHaveTextContent('AI chips');
  });

  it('skips values replaced before a frame passed, ending on the last', async () => {
    const { rerender } = render(<Follower value="a" />);
    rerender(<Follower value="b" />);
    rerender(<Follower value="c" />);
    await act(nextFrame);
    await act(nextFrame);
    expect(screen.getByTestId('after')).toHaveTextContent('c');
  });
});
