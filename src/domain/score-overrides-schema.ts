import * as z from './zod-mini';
import { MAX_RATIONALE_LENGTH, SCORE_MAX, SCORE_MIN } from './edition/model';

// A module of its own: the check (and zod with it) loads only when scores are stored, so a first
// visit's page carries none of it (see `lazyStoredValueSchema`).

const overrideSchema = z.strictObject({
  value: z.int().check(z.minimum(SCORE_MIN), z.maximum(SCORE_MAX)),
  rationale: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_RATIONALE_LENGTH)),
});

/** One edition's overrides as JSON: route id → criterion id → override (as stored, or in a link). */
export const editionOverridesSchema = z.record(z.string(), z.record(z.string(), overrideSchema));

/**
 * What is stored (localStorage `route-atlas.score-overrides`): a version and, per edition id,
 * the reader's scores. Anything else is discarded with a notice.
 */
export const storedOverridesSchema = z.strictObject({
  version: z.literal(1),
  editions: z.record(z.string(), editionOverridesSchema),
});
