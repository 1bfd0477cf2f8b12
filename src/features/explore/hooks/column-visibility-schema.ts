import * as z from '../../../domain/zod-mini';

// A module of its own: the check (and zod with it) loads only when a column choice is stored, so
// a first visit's page carries none of it (see `lazyStoredValueSchema`).

/** The stored column choice: column id → shown. */
export const columnVisibilitySchema = z.record(z.string(), z.boolean());
