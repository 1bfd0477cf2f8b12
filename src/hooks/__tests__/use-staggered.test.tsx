import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStaggered } from '../use-staggered';

function Radars({ values, all = false }: { readonly values: readonly string[]; readonly all?: boolean }) {
  const shown = useStaggered(values, all);
  return <p data-testid="shown">{shown.map((value) => value ?? '·').join(' ')}</p>;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const shown = () => screen.getByTestId('shown').textContent;

describe('useStaggered', () => {
  it('shows the first item at once and each later one a frame after the one before', async () => {
    const { rerender } = render(<Radars values={['chips', 'gen-ai', 'multimodal']} />);
    expect(shown()).toBe('chips · ·');
    await act(nextFrame);
    expect(shown()).toBe('chips gen-ai ·');
    await act(nextFrame);
    expect(shown()).toBe('chips gen-ai multimodal');

    rerender(<Radars values={['chips 2', 'gen-ai 2', 'multimodal 2']} />);
    expect(shown()).toBe('chips 2 gen-ai multimodal');
    await act(nextFrame);
    expect(shown()).toBe('chips 2 gen-ai 2 multimodal');
    await act(nextFrame);
    expect(shown()).toBe('chips 2 gen-ai 2 multimodal 2');
  });

  it('skips items that did not change, and ends on the last values given meanwhile', async () => {
    const { rerender } = render(<Radars values={['a', 'b', 'c']} />);
    await act(nextFrame);
    await act(nextFrame);
    rerender(<Radars values={['a', 'b', 'c2']} />);
    rerender(<Radars values={['a', 'b', 'c3']} />);
    await act(nextFrame);
    expect(shown()).toBe('a b c3');
  });

  it('gives every value at once when asked to (printing), and follows a shorter list', async () => {
    const { rerender } = render(<Radars values={['a', 'b', 'c']} all />);
    expect(shown()).toBe('a b c');
    rerender(<Radars values={['x', 'y']} />);
    expect(shown()).toBe('x ·');
    await act(nextFrame);
    expect(shown()).toBe('x y');
  });
});
