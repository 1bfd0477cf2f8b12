import fc from 'fast-check';
import { parseEdition } from '../../src/domain/edition/issues';
import type { Edition } from '../../src/domain/edition/schema';
import { editionJson } from '../utils/edition';

/** The bundled 2024 edition, parsed; every property here is checked against it. */
export function bundledEdition(): Edition {
  const parsed = parseEdition(editionJson());
  if (!parsed.ok) throw new Error('the bundled edition must be valid');
  return parsed.edition;
}

/**
 * Run counts: enough to find the edge cases these properties are after, few enough that the unit
 * suite stays quick on a two-core machine. The seed is random; fast-check prints it on failure.
 */
export const RUNS = { cheap: 300, normal: 150, heavy: 60 } as const;

/** Numbers written as text the way a hand-edited link or file might: huge, tiny, signed, exponent. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -10, max: 110 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt().map(String),
  fc.constantFrom('1e308', '1e-320', '-0', '0x10', '٣', '３', 'Infinity', 'NaN', '99999999999999999999', '5.', '.5'),
);

/** Text from the corners that break parsers: unicode, percent garbage, BOMs, control characters. */
export const awkwardText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('%', '%zz', '%E4%B8', '%00', '%FF%FE', '\ufeff', '\u200b', '\ud800', '__proto__', 'constructor', ''),
  fc.constantFrom('成本', '性能', '生成式 AI', '＝SUM(1)', 'Ａ', '𝔸', '👩‍💻'),
);
