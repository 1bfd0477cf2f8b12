import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// MADR 4's sections, in its order, in each language.
const HEADINGS = {
  en: [
    '## Context and Problem Statement',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '### How Firm',
    '## Pros and Cons of the Options',
    '## More Information',
  ],
  zh: [
    '## 背景与问题陈述',
    '## 决策驱动因素',
    '## 考虑的方案',
    '## 决策结果',
    '### 影响',
    '### 有多稳固',
    '## 各方案的优缺点',
    '## 更多信息',
  ],
};

async function downloadRecord(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

const sectionHeadings = (text: string) =>
  text.split('\n').filter((line) => /^##+ /.test(line) && !/^### (GPU|ASIC|FPGA)$/.test(line));

test('Decide writes the view’s decision record in MADR’s layout, in English and in Chinese', async ({ page }) => {
  // The AI chips under the Training stage preset: ASIC 3.80 leads GPU 3.60.
  await page.goto('./?view=decide&trend=ai-chips&w=cost:20,performance:60,flexibility:20');
  await expect(page.getByRole('heading', { name: 'How firm' })).toBeVisible();
  await expect(page.getByText('A close call: ASIC leads GPU by only 0.20')).toBeVisible();
  await expect(page.getByText(/^ASIC: first in \d+% of plausible cases$/)).toBeVisible();

  const en = await downloadRecord(page, 'Decision record');
  expect(en.name).toBe('0001-choose-ai-chips.md');
  expect(en.text.startsWith('---\nstatus: proposed\ndate: ')).toBe(true);
  expect(sectionHeadings(en.text)).toEqual(HEADINGS.en);
  expect(en.text).toContain('# Choose among AI chips');
  expect(en.text).toContain('Chosen option: “ASIC”');
  expect(en.text).toContain('- Cost advantage, weight 20%:');
  expect(en.text).toContain('- Performance, weight 60%:');
  expect(en.text).toContain('- Flexibility, weight 20%:');
  expect(en.text).toContain('The weights are the preset “Training stage”');
  expect(en.text).toContain(`The exact view this record was written from: ${page.url()}`);

  // The reader numbers the record.
  await page.getByRole('spinbutton', { name: 'Record number' }).fill('7');
  expect((await downloadRecord(page, 'Decision record')).name).toBe('0007-choose-ai-chips.md');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  const zh = await downloadRecord(page, '决策记录');
  expect(zh.name).toBe('0007-choose-ai-chips.md');
  expect(sectionHeadings(zh.text)).toEqual(HEADINGS.zh);
  expect(zh.text).toContain('选定方案：“ASIC”');
  expect(zh.text).toContain('- 性能，权重 60%：');
});
