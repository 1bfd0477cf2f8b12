import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import en from '../../../locales/en.json';
import { renderWithProviders } from '../../../../tests/utils/render';

describe('language switch', () => {
  it('is a group named in the UI language whose options keep their own names', async () => {
    const { user } = renderWithProviders(<App />);
    const group = screen.getByRole('group', { name: 'Language' });
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(group).getByRole('button', { name: '中文' }));
    const zhGroup = screen.getByRole('group', { name: '语言' });
    expect(within(zhGroup).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(zhGroup).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('re-renders every text at once and keeps sort, filter and selection', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(within(screen.getByRole('columnheader', { name: /^Cost advantage/ })).getByRole('button'));
    await user.click(within(screen.getByRole('columnheader', { name: /^Cost advantage/ })).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'AI chips: 3 routes if selected' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select FPGA' }));

    await user.click(screen.getByRole('button', { name: '中文' }));

    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('路线图鉴 · 2024 年人工智能三大趋势');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2024 年人工智能领域的三大发展趋势分析');
    expect(screen.getByRole('columnheader', { name: /^成本优势/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('button', { name: 'AI 芯片：取消后显示 9 条路线' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('checkbox', { name: '选择FPGA' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: '搜索技术路线' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((cell) => cell.querySelector('.route-name__full')?.textContent)).toEqual([
      '专用芯片',
      '可编程芯片',
      '图形处理器',
    ]);
    expect(screen.getByRole('table')).toHaveTextContent('性能最高');
    expect(
      screen.getAllByRole('heading', { name: /^\d\.3 对开发者的建议$/, level: 4 }).map((h) => h.textContent),
    ).toEqual(['1.3 对开发者的建议', '2.3 对开发者的建议', '3.3 对开发者的建议']);

    // No English UI string is left on the page (product names such as GPU are data, not UI text).
    const page = document.body.textContent;
    for (const text of [
      en.routes.heading,
      en.routes.intro,
      en.charts.heading,
      en.trends.advice.replace('{{number}}.3 ', ''),
      en.conclusion.heading,
    ]) {
      expect(page).not.toContain(text);
    }
    // The radars follow once the page has painted the new language.
    await waitFor(() => expect(document.body.textContent).not.toContain('routes, scored on each criterion'));
    expect(document.body.textContent).toContain('AI 芯片各路线在每项标准上的评分');
  });
});
