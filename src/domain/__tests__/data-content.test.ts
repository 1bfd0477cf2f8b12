import { describe, expect, it } from 'vitest';
import { parseEdition } from '../edition/issues';
import type { Edition } from '../edition/schema';
import { editionJson } from '../../../tests/utils/edition';

function edition(): Edition {
  const result = parseEdition(editionJson());
  if (!result.ok) throw new Error('bundled edition is invalid');
  return result.edition;
}

// The seed article's structure, as data/ must carry it.
describe('the 2024 edition carries the whole article', () => {
  it('has three trends of three routes each, in the article order', () => {
    const { trends, routes } = edition();
    expect(trends.map((trend) => trend.id)).toEqual(['generative-ai', 'ai-chips', 'multimodal-learning']);
    expect(
      trends.map((trend) => routes.filter((route) => route.trendId === trend.id).map((route) => route.name.zh)),
    ).toEqual([
      ['大模型预训练', '任务特定模型微调', '轻量化模型'],
      ['GPU', 'ASIC', 'FPGA'],
      ['对比学习', '跨模态 Transformer', '领域特定多模态学习'],
    ]);
  });

  it('keeps the comparison tables one clause per item', () => {
    const asic = edition().routes.find((route) => route.id === 'asic')!;
    expect(asic.strengths.map((item) => item.zh)).toEqual(['性能最高', '能耗最低', '针对性强']);
    expect(asic.weaknesses.map((item) => item.zh)).toEqual(['开发周期长', '灵活性较差']);
    expect(asic.fullName?.zh).toBe('专用芯片');
  });

  it('scores the three criteria, cost oriented so that 5 is cheapest', () => {
    const { criteria, routes } = edition();
    expect(criteria.map((criterion) => criterion.id)).toEqual(['cost', 'performance', 'flexibility']);
    expect(criteria[0]!.scale.high.en).toBe('5 = cheapest');
    const pretraining = routes.find((route) => route.id === 'llm-pretraining')!;
    // 计算资源要求高，部署成本昂贵 → the most expensive route of its trend.
    expect(pretraining.scores.cost!.value).toBe(1);
    expect(pretraining.scores.cost!.cites).toEqual(expect.arrayContaining(['weaknesses[0]', 'weaknesses[1]']));
  });

  it('has three technical details and three pieces of advice per trend, and the conclusion', () => {
    const { trends, summary } = edition();
    expect(trends.map((trend) => [trend.details.length, trend.advice.length])).toEqual([
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
    expect(summary.zh.startsWith('2024 年，人工智能领域的技术创新')).toBe(true);
  });
});
