import { normalizeForSearch } from '../../../domain/locale';
import { describe, expect, it } from 'vitest';
import { matchesTerms, routeSearchKeys, searchTerms } from '../model/search';
import { editionJson } from '../../../../tests/utils/edition';

const edition = editionJson();
const find = (query: string) =>
  edition.routes
    .filter((route) => matchesTerms(routeSearchKeys(route, edition).searchText, searchTerms(query)))
    .map((route) => route.id);

describe('search', () => {
  it('folds full-width forms and case', () => {
    expect(normalizeForSearch('５Ｇ 基站方案')).toBe('5g 基站方案');
    expect(normalizeForSearch('ＡＩ')).toBe('ai');
  });

  it('finds routes by name, alias or clause in either language', () => {
    expect(find('GPU')).toEqual(['gpu']);
    expect(find('ｇｐｕ')).toEqual(['gpu']);
    expect(find('显卡')).toEqual(['gpu']);
    expect(find('轻量')).toEqual(['lightweight-models']);
    expect(find('CLIP')).toEqual(['contrastive-learning']);
  });

  it('searches tags and strengths in both languages', () => {
    expect(find('edge')).toEqual(['lightweight-models']);
    expect(find('zero-shot')).toEqual(['contrastive-learning']);
    expect(find('训练成本')).toEqual(['task-fine-tuning', 'cross-modal-transformer']);
    expect(find('training cost')).toEqual(['task-fine-tuning', 'cross-modal-transformer']);
  });

  it("finds a trend's routes by the trend's name", () => {
    expect(find('芯片')).toEqual(['gpu', 'asic', 'fpga']);
    expect(find('chips')).toEqual(['gpu', 'asic', 'fpga']);
  });

  it('folds typographic apostrophes', () => {
    expect(normalizeForSearch('OpenAI’s CLIP')).toBe("openai's clip");
  });

  it('needs every term (AND) and matches everything when blank', () => {
    expect(find('成本 微调')).toEqual(['task-fine-tuning']);
    expect(find('   ')).toHaveLength(9);
    expect(find('no-such-route')).toEqual([]);
  });

  it('does not match across two fields', () => {
    const route = edition.routes.find((item) => item.id === 'asic')!;
    // "针对性强" ends one strength and "开发周期长" starts the first weakness.
    expect(matchesTerms(routeSearchKeys(route, edition).searchText, searchTerms('针对性强开发'))).toBe(false);
  });
});
