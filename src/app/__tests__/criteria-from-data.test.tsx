import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { parseEdition } from '../../domain/edition/issues';
import { ScoreRadar } from '../../features/score-radar/components/score-radar';
import { editionJson } from '../../../tests/utils/edition';
import { renderWithProviders } from '../../../tests/utils/render';

function withFourthCriterion() {
  const edition = editionJson();
  edition.criteria.push({
    id: 'ecosystem',
    label: { zh: '生态', en: 'Ecosystem' },
    definition: { zh: '工具链与社区', en: 'Tooling and community' },
    scale: { low: { zh: '1 = 最弱', en: '1 = weakest' }, high: { zh: '5 = 最强', en: '5 = strongest' } },
  });
  edition.routes.forEach((route, index) => {
    route.scores.ecosystem = { value: (index % 5) + 1, rationale: { zh: '测试', en: 'test' }, cites: ['strengths[0]'] };
  });
  const result = parseEdition(edition);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.edition;
}

describe('criteria come from the data', () => {
  it('a fourth criterion becomes a sortable table column, a range filter and a fourth radar axis', async () => {
    const edition = withFourthCriterion();
    const { user } = renderWithProviders(<App editions={[{ file: 'data/x.json', result: { ok: true, edition } }]} />);
    const header = screen.getByRole('columnheader', { name: /^Ecosystem/ });
    await user.click(within(header).getByRole('button'));
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    // Scores 5 go to the routes at index 4 (ASIC); the rest follow.
    const firstRow = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(firstRow).toHaveAttribute('data-route-id', 'asic');

    // A range filter on it: ecosystem 5 only (index 4 and index 9 → ASIC alone among the nine).
    await user.click(screen.getByText('Score ranges', { selector: 'summary' }));
    // The sliders load when the menu first opens.
    const lowest = await screen.findByRole('slider', { name: 'Ecosystem: lowest' }, { timeout: 10_000 });
    lowest.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-route-id'))).toEqual(['asic']);
    expect(screen.getByRole('button', { name: 'Remove filter: Ecosystem 5–5' })).toBeInTheDocument();

    const { container } = renderWithProviders(
      <ScoreRadar
        routes={edition.routes.slice(0, 2)}
        criteria={edition.criteria}
        caption="four axes"
        size={{ width: 480, height: 360 }}
        animate={false}
      />,
    );
    const labels = [...container.querySelectorAll('svg .radar-axis-label title')].map((title) => title.textContent);
    expect(labels).toEqual(['Cost advantage', 'Performance', 'Flexibility', 'Ecosystem']);
  });
});
