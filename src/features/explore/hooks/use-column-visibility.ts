import type { ColumnVisibilityState, Updater } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import * as z from '../../../domain/zod-mini';
import { COLUMN_VISIBILITY_KEY } from '../../../lib/storage/keys';
import { readStoredJson, writeStoredJson } from '../../../lib/storage/stored-json';

const visibilitySchema = z.record(z.string(), z.boolean());

/** The route column holds each row's name, checkbox and details button: it can never be hidden. */
function withRoute(visibility: ColumnVisibilityState): ColumnVisibilityState {
  return Object.fromEntries(Object.entries(visibility).filter(([id]) => id !== 'route'));
}

/**
 * Which table columns are shown, remembered in this browser. Corrupt stored data is discarded:
 * `storageProblem` is then true until `dismissStorageProblem` is called, so the UI can say so.
 */
export function useColumnVisibility() {
  const [initial] = useState(() => readStoredJson(COLUMN_VISIBILITY_KEY, visibilitySchema));
  const [visibility, setVisibilityState] = useState<ColumnVisibilityState>(
    initial.status === 'ok' ? withRoute(initial.value) : {},
  );
  const [storageProblem, setStorageProblem] = useState(initial.status === 'corrupt');
  const setVisibility = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setVisibilityState((current) => {
      const next = withRoute(typeof updater === 'function' ? updater(current) : updater);
      writeStoredJson(COLUMN_VISIBILITY_KEY, next);
      return next;
    });
  }, []);
  const dismissStorageProblem = useCallback(() => setStorageProblem(false), []);
  return { visibility, setVisibility, storageProblem, dismissStorageProblem };
}
