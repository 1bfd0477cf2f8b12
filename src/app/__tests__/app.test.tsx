import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { renderWithProviders } from '../../../tests/utils/render';

function bodyRowNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.querySelector('.route-name__short')?.textContent ?? '');
}

describe('App', () => {
  it('shows all nine routes of the 2024 edition in the article order', () => {
    renderWithProviders(<App />);
    expect(bodyRowNames()).toEqual([
      'Large-model pretraining',
      'Task-specific fine-tuning',
      'Lightweight models',
      'GPU',
      'ASIC',
      'FPGA',
      'Contrastive learning',
      'Cross-modal Transformer',
      'Domain-specific multimodal learning',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'An Analysis of Three Major Development Trends in Artificial Intelligence in 2024',
    );
  });
});
