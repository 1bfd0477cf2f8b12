import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/app';
import { PHONE_QUERY } from '../../../hooks/use-media-query';
import { renderWithProviders } from '../../../../tests/utils/render';

// jsdom has no matchMedia: this one answers as a 390 px phone does.
beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string): Partial<MediaQueryList> => ({
    matches: query === PHONE_QUERY,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const cardList = () => screen.getByRole('list', { name: 'Routes' });
// The list's own items: each card holds a list of its strength and weakness too.
const cards = () => [...cardList().children] as HTMLElement[];
const cardNames = () => cards().map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

describe('routes as cards on a phone', () => {
  it('shows one card per route instead of the table: trend, a score per criterion, overall, first strength and weakness', () => {
    renderWithProviders(<App />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards()).toHaveLength(9);
    const gpu = cards()[3];
    if (!gpu) throw new Error('no fourth card');
    expect(within(gpu).getByRole('heading', { level: 3 })).toHaveTextContent('GPU');
    expect(within(gpu).getByText('AI chips')).toBeInTheDocument();
    // GPU: cost 1, performance 4, flexibility 5; overall the equal-weight mean 3.3.
    const scores = Object.fromEntries(
      within(gpu)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(scores).toEqual({ 'Cost advantage': '1', Performance: '4', Flexibility: '5', Overall: '3.3' });
    expect(within(gpu).getByText('Highly general-purpose')).toBeInTheDocument();
    expect(within(gpu).getByText('Relatively high power consumption')).toBeInTheDocument();
  });

  it('sorts by a chosen column, best first, and the other way round', async () => {
    const { user, params } = renderWithProviders(<App />);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Performance');
    expect(params().sort).toBe('performance.desc');
    // Performance 5 first (data order among ties), the 3s last.
    expect(cardNames().slice(0, 4)).toEqual([
      'Task-specific fine-tuning',
      'ASIC',
      'Cross-modal Transformer',
      'Domain-specific multimodal learning',
    ]);
    await user.selectOptions(screen.getByLabelText('Order'), 'Lowest first');
    expect(params().sort).toBe('performance.asc');
    expect(cardNames().slice(0, 3)).toEqual(['Lightweight models', 'FPGA', 'Contrastive learning']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Default order');
    expect(params().sort).toBeUndefined();
    expect(cardNames()[0]).toBe('Large-model pretraining');
  });

  it('filters, searches and picks routes as the table does', async () => {
    const { user, params } = renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: /^AI chips/ }));
    expect(cardNames()).toEqual(['GPU', 'ASIC', 'FPGA']);
    await user.click(screen.getByRole('checkbox', { name: 'Select GPU' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select FPGA' }));
    expect(params().sel).toBe('gpu,fpga');
    expect(screen.getByRole('checkbox', { name: 'Select GPU' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Select GPU' }));
    expect(params().sel).toBe('fpga');
    await user.type(screen.getByRole('searchbox'), 'asic');
    // ASIC by its name first, then FPGA by its weakness "Lower performance than ASIC".
    expect(cardNames()).toEqual(['ASIC', 'FPGA']);
    expect(within(cards()[0] as HTMLElement).getByText('ASIC', { selector: 'mark' })).toBeInTheDocument();
  });

  it('opens a card’s details with every score’s rationale', async () => {
    const { user } = renderWithProviders(<App />);
    const details = screen.getByRole('button', { name: 'Details of GPU' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('details-gpu')).toHaveTextContent('Cost advantage');
  });
});
