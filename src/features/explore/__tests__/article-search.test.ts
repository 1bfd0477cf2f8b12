import { describe, expect, it } from 'vitest';
import { matchArticle } from '../model/article-search';
import { parseEdition } from '../../../domain/edition/issues';
import { editionJson } from '../../../../tests/utils/edition';

const parsed = parseEdition(editionJson());
if (!parsed.ok) throw new Error('the bundled edition must be valid');
const { trends } = parsed.edition;

describe('matchArticle', () => {
  it('finds Jetson in the AI chips’ technical details: 2.1, edge AI chips', () => {
    expect(matchArticle(trends, 'Jetson')).toEqual([{ trendId: 'ai-chips', part: 'details', points: [1] }]);
    // Width and case folded, as in the route search.
    expect(matchArticle(trends, 'ＪＥＴＳＯＮ nano')).toEqual(matchArticle(trends, 'Jetson'));
  });

  it('finds inference in the AI chips’ details and advice (2.1 edge AI chips, 2.3 advice 1)', () => {
    expect(matchArticle(trends, 'inference')).toEqual([
      { trendId: 'ai-chips', part: 'details', points: [1] },
      { trendId: 'ai-chips', part: 'advice', points: [0] },
    ]);
  });

  it('finds 推理 wherever the Chinese has it, in either sense: AI chips (inference), multimodal (reasoning)', () => {
    expect(matchArticle(trends, '推理')).toEqual([
      { trendId: 'ai-chips', part: 'details', points: [1] },
      { trendId: 'ai-chips', part: 'advice', points: [0] },
      { trendId: 'multimodal-learning', part: 'details', points: [2] },
    ]);
  });

  it('reads titles and named examples, and the introduction of the technical details', () => {
    // CUDA and TensorRT are examples of 2.3 advice 2, "Pay attention to ecosystem compatibility".
    expect(matchArticle(trends, 'tensorrt')).toEqual([{ trendId: 'ai-chips', part: 'advice', points: [1] }]);
    expect(matchArticle(trends, '评估算力需求')).toEqual([{ trendId: 'ai-chips', part: 'advice', points: [0] }]);
    // 1.1's introduction names GPT, DALL·E and Stable Diffusion; no single point does.
    expect(matchArticle(trends, 'Stable Diffusion')).toEqual([
      { trendId: 'generative-ai', part: 'details', points: [] },
    ]);
  });

  it('needs every term in one passage, and nothing for a blank query', () => {
    expect(matchArticle(trends, 'Jetson 推理')).toEqual([{ trendId: 'ai-chips', part: 'details', points: [1] }]);
    // Jetson is in 2.1, TensorRT in 2.3: no one passage has both.
    expect(matchArticle(trends, 'Jetson TensorRT')).toEqual([]);
    expect(matchArticle(trends, '   ')).toEqual([]);
  });

  it('never matches a term across two fields of a passage', () => {
    // "Edge AI chips" (a title) is followed by "Examples include…" (its text): "chipsexamples" spans both.
    expect(matchArticle(trends, 'chipsexamples')).toEqual([]);
  });
});
