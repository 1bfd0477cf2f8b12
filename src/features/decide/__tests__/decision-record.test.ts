import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../../domain/edition/schema';
import { equalPercentWeights } from '../model/decide';
import { assessFirmness } from '../model/firmness';
import { winnerSensitivity } from '../model/sensitivity';
import { decisionRecord, recordFileName } from '../model/decision-record';
import { contextIn, edition, gpusInOrder, routesOf } from './record-helpers';

// One view, written in each language: the article's AI chips under the Balanced preset. The expected files
// were read line by line against docs/scoring-rule.md (scores, inferred marks) and the Decide view.
const view = {
  edition,
  routes: routesOf('gpu', 'asic', 'fpga'),
  weights: equalPercentWeights(edition.criteria),
  date: '2024-06-01',
  permalink: 'https://route-atlas.example/?v=1&view=decide&sel=gpu,asic,fpga',
};
// Read from the project root, where vitest runs (jsdom's import.meta.url is not a file URL).
const fixture = (name: string) => readFileSync(`src/features/decide/__tests__/fixtures/${name}`, 'utf8');

describe('decisionRecord', () => {
  it('writes the MADR record of the AI chips in English as checked in', async () => {
    expect(decisionRecord(await contextIn('en'), view)).toBe(fixture('0001-choose-ai-chips.en.md'));
  });

  it('writes it in Chinese with Chinese MADR headings', async () => {
    const record = decisionRecord(await contextIn('zh'), view);
    expect(record).toBe(fixture('0001-choose-ai-chips.zh.md'));
    expect(record).toContain('\n## 背景与问题陈述\n');
    expect(record).not.toContain('Context and Problem Statement');
  });

  it('is stable: the same view gives the same text, one sentence per line, the date its only time', async () => {
    const context = await contextIn('en');
    const record = decisionRecord(context, view);
    expect(decisionRecord(context, view)).toBe(record);
    expect(record.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2024-06-01']);
    // No line holds the end of one sentence and the start of another (the rationales have several each).
    expect(record.split('\n').filter((line) => /[a-z0-9”]\. [A-Z“]/.test(line))).toEqual([]);
    expect(record).toContain(
      '- Bad, because less flexible.\n  - Flexibility 1: The article says ASICs are “less flexible”, the only flexibility drawback in this trend, and “purpose-built” says the same from the strengths side: they are made for particular tasks.\n    The most specialised route in this trend, so they get 1.\n',
    );
  });

  it('writes the same record from the view’s own “How firm” as when it works it out itself', async () => {
    const { edition: given, routes, weights } = view;
    const analysis = {
      firmness: assessFirmness(routes, given.criteria, weights),
      sensitivity: winnerSensitivity(routes, given.criteria, weights),
    };
    expect(decisionRecord(await contextIn('en'), { ...view, analysis })).toBe(fixture('0001-choose-ai-chips.en.md'));
  });

  it('says a tie is a tie instead of choosing', async () => {
    const record = decisionRecord(await contextIn('en'), { ...view, routes: routesOf('asic', 'fpga') });
    expect(record).toContain('No option is chosen yet: ASIC, FPGA share the top score of 3.00');
    expect(record).not.toContain('Chosen option');
  });

  it('lists ten routes by how often they rank first, and counts the rest in one line', async () => {
    // Twelve routes with the same stated scores share every draw's first place: 1/12 each, so the two
    // past the tenth are first in 2/12 of the draws together.
    const [fpga] = routesOf('fpga') as [Route];
    const stated = Object.fromEntries(
      Object.entries(fpga.scores).map(([id, score]) => [id, { ...score, confidence: 'stated' as const }]),
    );
    const same = Array.from({ length: 12 }, (_, index) => ({
      ...fpga,
      id: `fpga-${index + 1}`,
      name: { zh: `FPGA ${index + 1}`, en: `FPGA ${index + 1}` },
      scores: stated,
    }));
    const record = decisionRecord(await contextIn('en'), { ...view, routes: same });
    expect(record.split('\n').filter((line) => line.includes('is first in'))).toEqual(
      Array.from({ length: 10 }, (_, index) => `- FPGA ${index + 1} is first in 8% of plausible cases.`),
    );
    expect(record).toContain('\n- 2 more routes are first in 17% of plausible cases together.\n');
    // The twelve share the top score: a sentence names ten of them and counts the others.
    const ten = Array.from({ length: 10 }, (_, index) => `FPGA ${index + 1}`).join(', ');
    expect(record).toContain(`No option is chosen yet: ${ten} and 2 more share the top score of 3.00`);
    expect(record).toContain(`No winner: ${ten} and 2 more share the top score.`);
    expect(decisionRecord(await contextIn('zh'), { ...view, routes: same })).toContain(
      '\n- 其余 2 条路线合计在 17% 的合理情形中排第一。\n',
    );
    expect(decisionRecord(await contextIn('zh'), { ...view, routes: same })).toContain(
      'FPGA 10 及另外 2 条路线同为最高分',
    );
    const three = decisionRecord(await contextIn('en'), view);
    expect(three).not.toContain('more route');
  });
});

describe('decisionRecord over many routes', () => {
  it('details the best 100 routes, as the ranking shows them, and counts the rest', async () => {
    // 1 203 routes in one clear order.
    const routes = gpusInOrder(1_203);
    const record = decisionRecord(await contextIn('en'), { ...view, routes });
    const lines = record.split('\n');
    const section = (title: string) =>
      lines.slice(
        lines.indexOf(title) + 1,
        lines.findIndex((line, at) => at > lines.indexOf(title) && line.startsWith('## ')),
      );
    expect(section('## Considered Options').filter((line) => line.startsWith('- GPU '))).toHaveLength(100);
    expect(record).toContain(
      '\n\n…and 1,103 more routes ranked below these; the link under More Information shows every one.\n',
    );
    expect(section('## Pros and Cons of the Options').filter((line) => line.startsWith('### GPU '))).toHaveLength(100);
    expect(record).toContain('\n\nThe pros and cons of the other 1,103 routes are left out;');
    expect(record).toContain('We need to choose one of 1,203 routes: GPU 1, GPU 2,');
    expect(record).not.toMatch(/GPU 101\b/);
    const zh = decisionRecord(await contextIn('zh'), { ...view, routes });
    expect(zh).toContain('……另有 1,103 条路线排在这些之后');
    expect(zh).toContain('其余 1,103 条路线的优缺点从略');
  });
});

describe('recordFileName', () => {
  it('numbers and names the file in kebab-case from the English subject', () => {
    expect(recordFileName(1, view)).toBe('0001-choose-ai-chips.md');
    expect(recordFileName(42, view)).toBe('0042-choose-ai-chips.md');
    const user = {
      ...edition,
      kind: 'user' as const,
      title: { zh: '订单服务用哪种数据库？', en: 'Which database for orders?' },
    };
    expect(recordFileName(3, { edition: user, routes: view.routes })).toBe('0003-choose-which-database-for-orders.md');
  });
});
