import type { Criterion, Edition, Preset } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';

/** A preset's relative weights as percentages over `criteria` (summing to 100). */
export function presetWeights(preset: Preset, criteria: readonly Pick<Criterion, 'id'>[]): Weights {
  const total = criteria.reduce((sum, criterion) => sum + (preset.weights[criterion.id] ?? 0), 0);
  return Object.fromEntries(
    criteria.map((criterion) => [criterion.id, ((preset.weights[criterion.id] ?? 0) * 100) / total]),
  );
}

/** True when two sets of percentages agree on every criterion to 1e-6. */
export function sameWeights(a: Weights, b: Weights, criteria: readonly Pick<Criterion, 'id'>[]): boolean {
  return criteria.every((criterion) => Math.abs((a[criterion.id] ?? 0) - (b[criterion.id] ?? 0)) < 1e-6);
}

/** The edition's preset whose weights `weights` are, if any (the first such, in the edition's order). */
export function activePreset(edition: Pick<Edition, 'presets' | 'criteria'>, weights: Weights): Preset | undefined {
  return edition.presets.find((preset) =>
    sameWeights(presetWeights(preset, edition.criteria), weights, edition.criteria),
  );
}
