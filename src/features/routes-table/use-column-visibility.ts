import type { ColumnVisibilityState, Updater } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import { z } from 'zod';
import { readStoredJson, writeStoredJson } from '../../lib/stored-json';

/** localStorage key of the reader's hidden and shown columns (`{ "strengths": false, … }`). */
export const COLUMN_VISIBILITY_KEY = 'route-atlas.columns';

const visibilitySchema = z.record(z.string(), z.boolean());

/**
 * Which table columns are shown, remembered in this browser. Corrupt stored data is discarded:
 * `storageProblem` is then true until `dismissStorageProblem` is called, so the UI can say so.
 */
export function useColumnVisibility() {
  const [initial] = useState(() => readStoredJson(COLUMN_VISIBILITY_KEY, visibilitySchema));
  const [visibility, setVisibilityState] = useState<ColumnVisibilityState>(
    initial.status === 'ok' ? initial.value : {},
  );
  const [storageProblem, setStorageProblem] = useState(initial.status === 'corrupt');
  const setVisibility = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setVisibilityState((current) => {
      const next = typeof updater === 'function' ? updater(current) : updater;
      writeStoredJson(COLUMN_VISIBILITY_KEY, next);
      return next;
    });
  }, []);
  const dismissStorageProblem = useCallback(() => setStorageProblem(false), []);
  return { visibility, setVisibility, storageProblem, dismissStorageProblem };
}
