import { describe, expect, it } from 'vitest';
import { parseEdition } from '../edition/issues';
import {
  applicableOverrides,
  applyScoreOverrides,
  countApplied,
  NO_OVERRIDES,
  originalOf,
  withOverride,
  withoutEdition,
} from '../score-overrides';
import { storedOverridesSchema } from '../score-overrides-schema';
import { editionJson } from '../../../tests/utils/edition';

function bundled() {
  const parsed = parseEdition(editionJson());
  if (!parsed.ok) throw new Error('the bundled edition must be valid');
  return parsed.edition;
}

describe('score overrides', () => {
  it('replace one score, keep the original reachable, and leave every other route object untouched', () => {
    const edition = bundled();
    const stored = withOverride(NO_OVERRIDES, '2024', 'gpu', 'cost', { value: 4, rationale: '  spare GPUs  ' });
    const shown = applyScoreOverrides(edition, stored.editions['2024']);

    const gpu = shown.routes.find((route) => route.id === 'gpu');
    expect(gpu?.scores.cost).toEqual({ value: 4, rationale: { zh: 'spare GPUs', en: 'spare GPUs' }, cites: [] });
    expect(originalOf(gpu?.scores.cost)?.value).toBe(1);
    expect(originalOf(gpu?.scores.performance)).toBeUndefined();
    expect(shown.routes.filter((route, index) => route !== edition.routes[index]).map((route) => route.id)).toEqual([
      'gpu',
    ]);
    expect(countApplied(edition, stored.editions['2024'])).toBe(1);
  });

  it('ignore overrides for routes or criteria the edition lacks, returning the same edition', () => {
    const edition = bundled();
    const stale = { gone: { cost: { value: 3, rationale: 'x' } }, gpu: { speed: { value: 3, rationale: 'x' } } };
    expect(applyScoreOverrides(edition, stale)).toBe(edition);
    expect(countApplied(edition, stale)).toBe(0);
  });

  it('reset one (pruning empty maps) or a whole edition', () => {
    let stored = withOverride(NO_OVERRIDES, '2024', 'gpu', 'cost', { value: 4, rationale: 'a' });
    stored = withOverride(stored, '2024', 'asic', 'cost', { value: 1, rationale: 'b' });
    stored = withOverride(stored, 'other', 'x', 'cost', { value: 1, rationale: 'c' });
    expect(withOverride(stored, '2024', 'gpu', 'cost', undefined).editions['2024']).toEqual({
      asic: { cost: { value: 1, rationale: 'b' } },
    });
    expect(Object.keys(withoutEdition(stored, '2024').editions)).toEqual(['other']);
  });

  it('stored data out of range or of another shape does not pass', () => {
    const bad = [
      { version: 1, editions: { '2024': { gpu: { cost: { value: 9, rationale: 'x' } } } } },
      { version: 1, editions: { '2024': { gpu: { cost: { value: 3, rationale: '   ' } } } } },
      { version: 2, editions: {} },
      'not an object',
    ];
    expect(bad.map((value) => storedOverridesSchema.safeParse(value).success)).toEqual([false, false, false, false]);
  });
});

describe('applicableOverrides', () => {
  it('keeps the scores naming routes and criteria of the edition, and drops the rest', () => {
    const override = { value: 5, rationale: 'We order in volume.' };
    expect(
      applicableOverrides(bundled(), {
        asic: { cost: override, speed: override },
        nosuch: { cost: override },
        gpu: { speed: override },
      }),
    ).toEqual({ asic: { cost: override } });
  });
});
