import { scoreConfidence } from '../../../domain/edition/model';
import type { Criterion, Route } from '../../../domain/edition/schema';
import { scoreValue, type Weights } from '../../../domain/scoring';

/**
 * The simulation's seed and random numbers: a seed hashed from the view, and mulberry32, a tiny, fast
 * 32-bit generator whose numbers are the same for a seed in every browser, so a view always gives
 * the same figures.
 */

/** How far mulberry32's state moves at every number it gives. */
const MULBERRY_STEP = 0x6d2b79f5;

/** mulberry32 (`next` gives [0, 1)), with a way to skip numbers: its state moves by a constant, so k of them are skipped in one step. */
export function mulberryStream(seed: number): { next: () => number; skip: (count: number) => void } {
  // The state in a typed array: a uint32 above 2^30 kept in a variable is a heap number, one
  // allocation per number drawn (a third of the time of a draw under Node).
  const state = new Uint32Array([seed >>> 0]);
  return {
    next: () => {
      const now = ((state[0] ?? 0) + MULBERRY_STEP) >>> 0;
      state[0] = now;
      let t = now | 0;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    skip: (count) => {
      state[0] = ((state[0] ?? 0) + Math.imul(count, MULBERRY_STEP)) >>> 0;
    },
  };
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The simulation's seed for a view: a hash of what the simulation reads (each route's id, scores and
 * confidences, in the order given, which is the table's and held by the address; each weight to
 * 1e-6), so the same view always gives the same figures and any change to it draws afresh.
 */
export function viewSeed(
  routes: readonly Route[],
  criteria: readonly Pick<Criterion, 'id'>[],
  weights: Weights,
): number {
  const routePart = routes
    .map(
      (route) =>
        `${route.id}:${criteria
          .map((criterion) => `${scoreValue(route, criterion.id) ?? '-'}${scoreConfidence(route, criterion.id) ?? ''}`)
          .join(',')}`,
    )
    .join(';');
  const weightPart = criteria.map((criterion) => (weights[criterion.id] ?? 0).toFixed(6)).join(',');
  return fnv1a(`${routePart}|${weightPart}`);
}
