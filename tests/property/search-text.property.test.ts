import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/domain/locale';
import { routeSearchKeys, searchTextOf } from '../../src/features/explore/model/search';
import { awkwardText, bundledEdition, RUNS } from './generators';

const SEPARATOR = '\u241f';

/** Text with what normalising changes: spaces of every kind, apostrophes, full-width and final-sigma letters, the separator. */
const normalisableText = fc.oneof(
  awkwardText,
  fc
    .array(
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '\u3000',
        '\u2019',
        '\u2018',
        'Ａ',
        'ＧＰＵ',
        'ΟΔΟΣ',
        'Σ',
        'é',
        '\u0301',
        '¨',
        'a',
        '储能',
        SEPARATOR,
      ),
      { maxLength: 8 },
    )
    .map((pieces) => pieces.join('')),
);

describe('the search text', () => {
  it('is each part normalised on its own and joined, whatever the parts hold', () => {
    fc.assert(
      fc.property(fc.array(normalisableText, { maxLength: 12 }), (parts) => {
        expect(searchTextOf(parts)).toBe(parts.map(normalizeForSearch).join(SEPARATOR));
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it("gives a route's names as they are normalised on their own, once each, whatever the names hold", () => {
    const edition = bundledEdition();
    const base = edition.routes[0];
    if (!base) throw new Error('the bundled edition has routes');
    const text = fc.record({ zh: normalisableText, en: normalisableText });
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: undefined }),
        fc.array(text, { maxLength: 3 }),
        (name, fullName, aliases) => {
          const route = { ...base, name, fullName, aliases };
          const names = [name, ...(fullName ? [fullName] : []), ...aliases].flatMap((each) => [each.zh, each.en]);
          expect(routeSearchKeys(route, edition).nameKeys).toEqual([...new Set(names.map(normalizeForSearch))]);
        },
      ),
      { numRuns: RUNS.cheap },
    );
  });
});
