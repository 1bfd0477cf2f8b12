import { describe, expect, it } from 'vitest';
import type { UserEdition } from '../model/user-edition';
import { withOwnScores } from '../model/with-own-scores';

const edition: UserEdition = {
  kind: 'user',
  id: 'chips',
  title: { en: 'Chips' },
  introduction: {},
  criteria: [{ id: 'cost', label: { en: 'Cost' }, definition: {}, scale: { low: {}, high: {} } }],
  trends: [],
  tags: [],
  routes: [
    {
      id: 'asic',
      name: { en: 'ASIC' },
      strengths: [{ en: 'Fast' }],
      weaknesses: [],
      tags: [],
      examples: [],
      scores: {
        cost: { value: 1, rationale: { en: 'Masks are dear' }, cites: ['strengths[0]'], confidence: 'stated' },
      },
    },
  ],
  presets: [],
};

describe('a shared link writes the sharer’s own scores into the comparison', () => {
  it('takes the edited value and reason, citing nothing', () => {
    const shared = withOwnScores(edition, { asic: { cost: { value: 5, rationale: 'We reuse masks' } } });
    expect(shared.routes[0]?.scores.cost).toEqual({
      value: 5,
      rationale: { zh: 'We reuse masks', en: 'We reuse masks' },
      cites: [],
      confidence: 'stated',
    });
    // The comparison itself is left as it was.
    expect(edition.routes[0]?.scores.cost?.value).toBe(1);
  });

  it('leaves out scores of criteria the comparison lacks, and returns it unchanged when none applies', () => {
    expect(withOwnScores(edition, { asic: { speed: { value: 5, rationale: 'x' } } })).toBe(edition);
    expect(withOwnScores(edition, undefined)).toBe(edition);
  });
});
