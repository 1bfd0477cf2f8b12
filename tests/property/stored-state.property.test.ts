import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { createStore, setMany } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { useScoreOverrides } from '../../src/app/dashboard/use-score-overrides';
import { SCORE_OVERRIDES_KEY } from '../../src/lib/storage/keys';
import { parseEdition } from '../../src/domain/edition/issues';
import { SCORE_MAX, SCORE_MIN } from '../../src/domain/edition/schema';
import { toMyRoutesRecord } from '../../src/features/my-editions/model/my-routes';
import { validateStoredMyRoutes } from '../../src/features/my-editions/model/validate-my-routes';
import { MAX_RATIONALE_LENGTH } from '../../src/domain/edition/model';
import { storedOverridesSchema } from '../../src/domain/score-overrides-schema';
import { useColumnVisibility } from '../../src/features/explore/hooks/use-column-visibility';
import { COLUMN_VISIBILITY_KEY, THEME_STORAGE_KEY } from '../../src/lib/storage/keys';
import { myRoutesTexts } from '../../src/features/my-editions/bilingual-texts';
import { clearMyRoutes } from '../../src/features/my-editions/store/my-routes-store';
import { readStoredRecord } from '../../src/features/my-editions/store/my-routes-chunks';
import { readStoredJson, writeStoredJson } from '../../src/lib/storage/stored-json';
import { readThemePreference, THEME_PREFERENCES } from '../../src/features/theme/hooks/use-theme-preference';
import { awkwardText, bundledEdition, RUNS } from './generators';

const edition = bundledEdition();
const KEY = 'property.stored';

const overrideLike = fc.record(
  {
    value: fc.oneof(fc.integer({ min: SCORE_MIN - 1, max: SCORE_MAX + 1 }), fc.double(), fc.string()),
    rationale: fc.oneof(fc.constantFrom('', '  ', 'ok', 'x'.repeat(MAX_RATIONALE_LENGTH + 1)), awkwardText),
  },
  { requiredKeys: [] },
);
const idLike = fc.oneof(
  fc.constantFrom('2024', 'my-routes', 'gpu', 'asic', 'cost', 'performance', '__proto__', 'constructor', 'toString'),
  fc.string({ maxLength: 8 }),
);
// Shaped like stored overrides, with every level liable to be wrong.
const overridesLike: fc.Arbitrary<unknown> = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constantFrom(0, 2, '1', null)),
    editions: fc.oneof(
      fc.dictionary(idLike, fc.dictionary(idLike, fc.dictionary(idLike, overrideLike, { maxKeys: 3 }), { maxKeys: 3 })),
      fc.jsonValue(),
    ),
    extra: fc.jsonValue(),
  },
  { requiredKeys: ['editions'] },
);

/** Text a hand-edited, truncated or foreign localStorage entry might hold. */
function storedText(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    shaped.map((value) => JSON.stringify(value)),
    // Cut short, as a quota failure mid-write or a hand edit leaves it.
    fc.tuple(shaped, fc.nat()).map(([value, cut]) => {
      const text = JSON.stringify(value);
      return text.slice(0, cut % (text.length + 1));
    }),
    fc.json(),
    awkwardText,
    fc.constantFrom('{"__proto__":{"version":1}}', 'null', 'true', '[]', '"light"', 'undefined', 'NaN'),
  );
}

function isValidOverride(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { value: score, rationale } = value as { value: unknown; rationale: unknown };
  return (
    Number.isInteger(score) &&
    (score as number) >= SCORE_MIN &&
    (score as number) <= SCORE_MAX &&
    typeof rationale === 'string' &&
    rationale.trim() !== '' &&
    rationale.length <= MAX_RATIONALE_LENGTH
  );
}

describe('stored JSON (properties)', () => {
  it('any stored text reads as valid, or as corrupt and is then removed', () => {
    fc.assert(
      fc.property(storedText(overridesLike), (text) => {
        window.localStorage.setItem(KEY, text);
        const result = readStoredJson(KEY, storedOverridesSchema);
        if (result.status === 'ok') {
          expect(storedOverridesSchema.safeParse(result.value).success).toBe(true);
          expect(window.localStorage.getItem(KEY)).toBe(text);
        } else {
          expect(result.status).toBe('corrupt');
          expect(window.localStorage.getItem(KEY)).toBeNull();
        }
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('whatever was written reads back equal when it fits the schema', () => {
    fc.assert(
      fc.property(overridesLike, (value) => {
        writeStoredJson(KEY, value);
        const fits = storedOverridesSchema.safeParse(value);
        const result = readStoredJson(KEY, storedOverridesSchema);
        expect(result.status).toBe(fits.success ? 'ok' : 'corrupt');
        if (fits.success && result.status === 'ok') expect(result.value).toEqual(fits.data);
      }),
      { numRuns: RUNS.cheap },
    );
  });
});

describe('the reader’s own scores in storage (properties)', () => {
  it('any stored text gives valid overrides or none with a notice, never a throw', () => {
    fc.assert(
      fc.property(storedText(overridesLike), fc.constantFrom(edition.id, 'my-routes'), (text, editionId) => {
        window.localStorage.setItem(SCORE_OVERRIDES_KEY, text);
        const { result, unmount } = renderHook(() => useScoreOverrides(editionId));
        const { overrides, storageProblem } = result.current;
        unmount();
        const parsed = (() => {
          try {
            return storedOverridesSchema.safeParse(JSON.parse(text)).success;
          } catch {
            return false;
          }
        })();
        expect(storageProblem).toBe(!parsed);
        if (overrides === undefined) return;
        // Only the edition's own entry counts: a `__proto__` or `constructor` key must not leak in.
        expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
        for (const scores of Object.values(overrides)) {
          for (const override of Object.values(scores)) expect(isValidOverride(override)).toBe(true);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('theme preference (properties)', () => {
  it('any stored text reads as one of the three preferences, exactly the stored one when valid', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardText, fc.constantFrom(...THEME_PREFERENCES, 'Dark', ' light', 'dark\n')), (text) => {
        window.localStorage.setItem(THEME_STORAGE_KEY, text);
        const preference = readThemePreference();
        expect(THEME_PREFERENCES).toContain(preference);
        expect(preference).toBe((THEME_PREFERENCES as readonly string[]).includes(text) ? text : 'system');
      }),
      { numRuns: RUNS.cheap },
    );
  });
});

describe('column visibility in storage (properties)', () => {
  const visibilityLike = fc.dictionary(
    fc.oneof(fc.constantFrom('route', 'trend', 'strengths', 'tags', '__proto__'), fc.string({ maxLength: 6 })),
    fc.oneof(fc.boolean(), fc.jsonValue()),
  );

  it('any stored text gives booleans for columns other than route, or the default with a notice', () => {
    fc.assert(
      fc.property(storedText(visibilityLike), (text) => {
        window.localStorage.setItem(COLUMN_VISIBILITY_KEY, text);
        const { result, unmount } = renderHook(() => useColumnVisibility());
        const { value: visibility, storageProblem } = result.current;
        unmount();
        // The route column holds each row's name: no stored value may hide it.
        expect(Object.hasOwn(visibility, 'route')).toBe(false);
        for (const shown of Object.values(visibility)) expect(typeof shown).toBe('boolean');
        if (storageProblem) expect(visibility).toEqual({});
        else if (Object.keys(visibility).length > 0)
          expect(window.localStorage.getItem(COLUMN_VISIBILITY_KEY)).toBe(text);
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('My routes record (properties)', () => {
  const record = toMyRoutesRecord(edition);

  function expectReadOutcome(read: ReturnType<typeof validateStoredMyRoutes>): void {
    if (read.ok) {
      if (read.edition) expect(parseEdition(read.edition, 'user').ok).toBe(true);
      return;
    }
    expect(read.issues.length).toBeGreaterThan(0);
    for (const issue of read.issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.key).toBe('string');
    }
  }

  it('any stored value gives a valid edition, nothing, or a list of issues', () => {
    const mutated = fc
      .tuple(fc.constantFrom('version', 'criteria', 'trends', 'tags', 'routes', 'extra'), fc.jsonValue())
      .map(([field, value]) => ({ ...structuredClone(record), [field]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated, fc.constant(undefined)), (stored) => {
        expectReadOutcome(validateStoredMyRoutes(stored, myRoutesTexts));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('whatever IndexedDB holds, reading it resolves, to a record the check then accepts or reports', async () => {
    const meta = fc.record(
      {
        version: fc.constantFrom(1, 2),
        criteria: fc.constant(record.criteria),
        trends: fc.constant(record.trends),
        tags: fc.constant(record.tags),
        count: fc.oneof(fc.nat(12), fc.jsonValue()),
        // Chunk counts as a corrupt or foreign meta entry might hold them.
        chunks: fc.oneof(fc.nat(3), fc.constantFrom(-1, 1.5, 2 ** 32, 1e300, Number.MAX_SAFE_INTEGER), fc.jsonValue()),
      },
      { requiredKeys: ['chunks'] },
    );
    const chunk = fc.oneof(fc.subarray([...record.routes], { maxLength: 4 }), fc.jsonValue(), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(fc.oneof(meta, fc.jsonValue()), fc.array(chunk, { maxLength: 3 }), async (metaValue, chunks) => {
        await clearMyRoutes();
        await setMany(
          [['meta', metaValue], ...chunks.map((value, index): [string, unknown] => [`routes-${index}`, value])],
          createStore('route-atlas', 'my-routes'),
        );
        const stored = await readStoredRecord();
        const read = validateStoredMyRoutes(stored, myRoutesTexts);
        expectReadOutcome(read);
        // A meta promising chunks that are not there is corrupt, never a record.
        const promised = (metaValue as { chunks?: unknown } | null)?.chunks;
        if (typeof promised === 'number' && promised > chunks.length) expect(read.ok).toBe(false);
      }),
      { numRuns: RUNS.heavy },
    );
  });
});
