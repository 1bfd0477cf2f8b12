import { useMemo } from 'react';
import type { RouteRow } from '../model/route-rows';

/**
 * The row of the baseline route ("what I use today") among `rows`, or `undefined` when there is
 * no baseline or it is filtered out. Looked up only when there is one, and only when the rows or
 * the baseline change: a scan of 100 000 rows for none cost tens of ms on every render.
 */
export function useBaselineRow(rows: readonly RouteRow[], baselineId: string | undefined): RouteRow | undefined {
  return useMemo(
    () => (baselineId === undefined ? undefined : rows.find((row) => row.id === baselineId)),
    [rows, baselineId],
  );
}
