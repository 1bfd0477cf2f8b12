import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { renderWithProviders } from '../../../tests/utils/render';

const table = () => screen.getByRole('table', { name: /Technology routes|中的技术路线/ });
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
const sortButton = (name: string) => within(header(name)).getByRole('button');
const rowOf = (routeId: string) => table().querySelector(`tr[data-route-id="${routeId}"]`) as HTMLElement;
const cellOf = (routeId: string, columnId: string) => rowOf(routeId).querySelector(`.col--${columnId}`);

describe('picking routes', () => {
  it('takes four routes and politely refuses a fifth', async () => {
    const { user, params } = renderWithProviders(<App />);
    for (const name of ['GPU', 'ASIC', 'FPGA', 'Lightweight models']) {
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    }
    await user.click(screen.getByRole('checkbox', { name: 'Select Contrastive learning' }));
    expect(
      screen.getByText('You can compare up to 4 routes. Remove one before adding Contrastive learning.'),
    ).toHaveRole('status');
    expect(screen.getByRole('checkbox', { name: 'Select Contrastive learning' })).not.toBeChecked();
    expect(params()).toEqual({ v: '1', sel: 'gpu,asic,fpga,lightweight-models' });
    // A route card adds to the same selection once there is room.
    await user.click(screen.getByRole('checkbox', { name: 'Select FPGA' }));
    await user.click(screen.getByRole('button', { name: 'Compare Contrastive learning' }));
    expect(screen.getByRole('button', { name: 'Compare Contrastive learning' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(params()).toEqual({ v: '1', sel: 'gpu,asic,lightweight-models,contrastive-learning' });
  });

  it('says a refused pick beside the picks, and not in any other view', async () => {
    const { user } = renderWithProviders(<App />, { search: '?v=1&sel=gpu,asic,fpga,lightweight-models' });
    await user.click(screen.getByRole('checkbox', { name: 'Select Contrastive learning' }));
    const refusal = 'You can compare up to 4 routes. Remove one before adding Contrastive learning.';
    expect(screen.getByText(refusal).closest('.selection-bar')).not.toBeNull();
    await user.click(screen.getByRole('link', { name: /^Compare/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare routes' })).toBeInTheDocument();
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();
    // Back in explore, the refusal is over: it was news of the moment, not of the view.
    await user.click(screen.getByRole('link', { name: 'Explore' }));
    await screen.findByRole('table');
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();
  });
});

describe('baseline', () => {
  it('shows every other route’s difference from the baseline, in the compare view and the table', async () => {
    const { user, params } = renderWithProviders(<App />, { search: '?v=1&view=compare&sel=gpu,asic,fpga' });
    await user.click(await screen.findByRole('button', { name: 'What I use today: GPU' }));
    expect(params()).toEqual({ v: '1', view: 'compare', sel: 'gpu,asic,fpga', base: 'gpu' });
    const scores = screen.getByRole('table', { name: /Scores side by side/ });
    // GPU 1 / 4 / 5 against ASIC 3 / 5 / 1 and FPGA 2 / 3 / 4; overall 10/3 against 3 and 3; "−" is U+2212.
    const rows = within(scores)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.querySelector('.delta > [aria-hidden]')?.textContent ?? ''),
      );
    expect(rows).toEqual([
      ['', '+2', '+1'],
      ['', '+1', '\u22121'],
      ['', '\u22124', '\u22121'],
      ['', '\u22120.3', '\u22120.3'],
    ]);
    expect(within(scores).getAllByText('(1 point better than the baseline)')).toHaveLength(2);
    expect(within(scores).getByText('(2 points better than the baseline)')).toBeInTheDocument();
    expect(within(scores).getAllByText('(0.3 points worse than the baseline)')).toHaveLength(2);

    await user.click(screen.getByRole('link', { name: 'Explore' }));
    expect(within(rowOf('gpu')).getByText('Baseline')).toBeInTheDocument();
    expect(cellOf('asic', 'flexibility')).toHaveTextContent('1\u22124');
    // Scores compare within a trend: pretraining (generative AI) shows no difference from GPU.
    expect(cellOf('llm-pretraining', 'performance')).toHaveTextContent(/^4$/);
    expect(cellOf('fpga', 'performance')).toHaveTextContent('3\u22121');
    expect(cellOf('gpu', 'performance')).toHaveTextContent(/^4$/);
  });
});

describe('decide', () => {
  it('applies a preset, ranks with reasons and says where the winner changes', async () => {
    const { user, params } = renderWithProviders(<App />, { search: '?view=decide&sel=gpu,asic,fpga' });
    const preset = await screen.findByRole('button', { name: 'Training stage' });
    expect(preset).toHaveAccessibleDescription(/2.3 advice 1, “Assess your computing needs”/);
    await user.click(preset);
    expect(preset).toHaveAttribute('aria-pressed', 'true');
    expect(params()).toEqual({
      v: '1',
      view: 'decide',
      sel: 'gpu,asic,fpga',
      w: 'cost:20,performance:60,flexibility:20',
    });

    const ranking = screen.getAllByRole('listitem').filter((item) => item.classList.contains('rank'));
    // 20 / 60 / 20: ASIC 0.6 + 3 + 0.2 = 3.8, GPU 0.2 + 2.4 + 1 = 3.6, FPGA 0.4 + 1.8 + 0.8 = 3.0: the GPU or the
    // TPU (an ASIC) that 2.3 advice 1 names for training lead.
    expect(ranking.map((item) => item.getAttribute('data-route-id'))).toEqual(['asic', 'gpu', 'fpga']);
    // A lead of 0.20 (5 % of the scale) is called a near-tie, and the winner is explained against the runner-up.
    expect(ranking[0]).toHaveTextContent(
      'Ranks 1st with 3.80, a near-tie: only 0.20 ahead of GPU: its performance (5 against 4, weight 60%) counts ' +
        'most in its favour; its flexibility (1 against 5, weight 20%) counts most against it.',
    );
    expect(ranking[0]).toHaveTextContent('Inferred: Cost advantage 3.');
    expect(ranking[2]).toHaveTextContent('Ranks 3rd with 3.00, 0.80 behind ASIC');
    // Cost and flexibility keep 1 : 1; ASIC = 2 + 3y, GPU = 3 + y → equal at y = 50 %.
    expect(
      screen.getByText(/until the performance weight falls below 50% \(now 60%\), when GPU takes the lead/),
    ).toBeInTheDocument();

    // A keyboard step on one slider moves the others so the total stays 100 %.
    const performance = screen.getByRole('slider', { name: 'Performance' });
    performance.focus();
    await user.keyboard('{ArrowRight}');
    // The other 39 % keep their 20 : 20 proportion: 19.5 each.
    expect(performance).toHaveAttribute('aria-valuetext', '61%');
    expect(screen.getByRole('slider', { name: 'Cost advantage' })).toHaveAttribute('aria-valuetext', '19.5%');
    expect(screen.getByRole('slider', { name: 'Flexibility' })).toHaveAttribute('aria-valuetext', '19.5%');
    expect(screen.getByText('Total: 100%')).toBeInTheDocument();
    expect(preset).toHaveAttribute('aria-pressed', 'false');

    // The table's overall column follows the same weights: ASIC 0.585 + 3.05 + 0.195 = 3.83 → 3.8.
    await user.click(screen.getByRole('link', { name: 'Explore' }));
    expect(cellOf('asic', 'overall')).toHaveTextContent('3.8');
    expect(params().w).toBe('cost:19.5,performance:61,flexibility:19.5');
  });
});

describe('state in the URL', () => {
  it('drops only the broken parts of a hand-edited link and says which, in the reader’s language', async () => {
    renderWithProviders(<App />, {
      lng: 'zh',
      search: '?lang=fr&sel=gpu,quantum,asic&w=cost:abc&sort=price.desc,performance.desc&trend=ai-chips',
    });
    const notice = await screen.findByText('链接中有 4 处无法按原样使用；其余部分照常生效：');
    const items = within(notice.parentElement as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'lang=fr — 不是本看板支持的语言（zh 或 en）',
      'sort=price.desc — 没有这个 id 的列',
      'sel=quantum — 没有这个 id 的路线',
      'w=cost:abc — 权重的格式应为 cost:50,performance:30,flexibility:20',
    ]);
    expect(header('性能')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('checkbox', { name: '选择GPU' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '选择ASIC' })).toBeChecked();
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });

  it('cleans the address of the broken parts', async () => {
    const { params } = renderWithProviders(<App />, { search: '?view=chart&sel=gpu,asic&base=fpga&trend=ai-chips' });
    await waitFor(() => expect(params()).toEqual({ v: '1', trend: 'ai-chips', sel: 'gpu,asic' }));
    expect(screen.getByText('no such view (explore, compare or decide)', { exact: false })).toBeInTheDocument();
  });

  it('case 1: shift-click Cost, shift-click Performance, plain click Performance leaves only Performance', async () => {
    const { user, params } = renderWithProviders(<App />);
    await user.keyboard('{Shift>}');
    await user.click(sortButton('Cost advantage'));
    await user.click(sortButton('Performance'));
    await user.keyboard('{/Shift}');
    expect(params()).toEqual({ v: '1', sort: 'cost.asc,performance.asc' });
    await user.click(sortButton('Performance'));
    expect(header('Cost advantage')).not.toHaveAttribute('aria-sort');
    expect(header('Performance')).toHaveAttribute('aria-sort');
    expect(params().sort).toMatch(/^performance\.(asc|desc)$/);
  });

  it('case 2: sort, filter and picks hold through a language switch; only lang changes in the URL', async () => {
    const { user, params } = renderWithProviders(<App />);
    await user.click(sortButton('Cost advantage'));
    await user.click(sortButton('Cost advantage'));
    await user.click(screen.getByRole('button', { name: 'AI chips: 3 routes if selected' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select GPU' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select ASIC' }));
    const before = params();
    expect(before).toEqual({ v: '1', trend: 'ai-chips', sort: 'cost.desc', sel: 'gpu,asic' });
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(params()).toEqual({ ...before, lang: 'zh' });
    expect(header('成本优势')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('button', { name: 'AI 芯片：取消后显示 9 条路线' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('checkbox', { name: '选择GPU' })).toBeChecked();
  });
});
