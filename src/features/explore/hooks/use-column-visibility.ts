import type { ColumnVisibilityState } from '@tanstack/react-table';
import { useStoredState, type StoredState } from '../../../hooks/use-stored-state';
import { COLUMN_VISIBILITY_KEY } from '../../../lib/storage/keys';
import { lazyStoredValueSchema } from '../../../lib/storage/stored-json';

const visibilitySchema = lazyStoredValueSchema<ColumnVisibilityState>(
  COLUMN_VISIBILITY_KEY,
  async () => (await import('./column-visibility-schema')).columnVisibilitySchema,
);

/** Nothing stored: every column is shown. */
const ALL_SHOWN: ColumnVisibilityState = {};

/** The route column holds each row's name, checkbox and details button: it can never be hidden. */
function withoutRouteColumn(visibility: ColumnVisibilityState): ColumnVisibilityState {
  return Object.fromEntries(Object.entries(visibility).filter(([id]) => id !== 'route'));
}

/**
 * Which table columns are shown (`value`), remembered in this browser (`COLUMN_VISIBILITY_KEY`).
 * Corrupt stored data is discarded: `storageProblem` is then true until `dismissStorageProblem` is
 * called, so the UI can say so. `setValue` takes a value or an updater, as TanStack Table's
 * `onColumnVisibilityChange` hands it.
 */
export function useColumnVisibility(): StoredState<ColumnVisibilityState> {
  return useStoredState(COLUMN_VISIBILITY_KEY, visibilitySchema, ALL_SHOWN, withoutRouteColumn);
}
