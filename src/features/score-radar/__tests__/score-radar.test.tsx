import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../../domain/edition/issues';
import { ScoreRadar } from '../components/score-radar';
import { editionJson } from '../../../../tests/utils/edition';
import { renderWithProviders } from '../../../../tests/utils/render';

const result = parseEdition(editionJson());
if (!result.ok) throw new Error('bundled edition is invalid');
const { edition } = result;
const chips = edition.routes.filter((route) => route.trendId === 'ai-chips');

function renderRadar(lng: 'en' | 'zh' = 'en') {
  return renderWithProviders(
    <ScoreRadar
      routes={chips}
      criteria={edition.criteria}
      caption="AI chips"
      size={{ width: 480, height: 360 }}
      animate={false}
    />,
    { lng },
  );
}

describe('ScoreRadar', () => {
  it('draws every axis label and one polygon per route, in a captioned figure', () => {
    const { container } = renderRadar();
    expect(screen.getByRole('figure', { name: 'AI chips' })).toBeInTheDocument();
    const lines = [...container.querySelectorAll('svg .radar-axis-label tspan')].map((line) => line.textContent);
    expect(lines).toEqual(['Cost advantage', 'Performance', 'Flexibility']);
    // The full label stays available on hover.
    expect([...container.querySelectorAll('svg .radar-axis-label title')].map((title) => title.textContent)).toEqual([
      'Cost advantage',
      'Performance',
      'Flexibility',
    ]);
    expect(container.querySelectorAll('.recharts-radar-polygon')).toHaveLength(3);
  });

  it('fixes the radius axis to the whole scale, 0 to 5, whatever the data', () => {
    const { container } = renderRadar();
    const ticks = [...container.querySelectorAll('.radar-ring-label')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('labels axes in the reading language and describes every score in text', () => {
    renderRadar('zh');
    expect(document.querySelector('svg .radar-axis-label tspan')).toHaveTextContent('成本优势');
    expect(screen.getByText('GPU：成本优势 1 分、性能 4 分、灵活性 5 分。')).toBeInTheDocument();
  });

  it('hides and shows a series from the legend, but never the last visible one', async () => {
    const { user, container } = renderRadar();
    const legend = screen.getByRole('list', { name: /legend entry/ });
    await user.click(within(legend).getByRole('button', { name: 'GPU' }));
    expect(within(legend).getByRole('button', { name: 'GPU' })).toHaveAttribute('aria-pressed', 'false');
    expect(container.querySelectorAll('.recharts-radar-polygon')).toHaveLength(2);
    await user.click(within(legend).getByRole('button', { name: 'ASIC' }));
    expect(within(legend).getByRole('button', { name: 'FPGA' })).toBeDisabled();
    await user.click(within(legend).getByRole('button', { name: 'GPU' }));
    expect(container.querySelectorAll('.recharts-radar-polygon')).toHaveLength(2);
  });

  it('shows every route again when a shrinking selection would leave none visible', async () => {
    const props = { criteria: edition.criteria, caption: 'compare', size: { width: 480, height: 360 }, animate: false };
    const { user, rerender } = renderWithProviders(<ScoreRadar {...props} routes={chips} />);
    const legend = () => screen.getByRole('list', { name: /legend entry/ });
    await user.click(within(legend()).getByRole('button', { name: 'GPU' }));
    await user.click(within(legend()).getByRole('button', { name: 'ASIC' }));
    // FPGA is unticked in the table: only the two hidden routes remain.
    rerender(<ScoreRadar {...props} routes={chips.slice(0, 2)} />);
    expect(
      within(legend())
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-pressed')),
    ).toEqual(['true', 'true']);
  });
});
