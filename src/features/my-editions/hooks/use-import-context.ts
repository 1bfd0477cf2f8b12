import { useMemo } from 'react';
import type { Edition } from '../../../domain/edition/schema';
import type { ImportContext } from '../model/import-types';
import type { MyRoutesRecord } from '../model/my-routes';

/**
 * What an import is checked against, kept while its sources stay the same: the criteria (My
 * routes' own once it holds routes, `criteriaFixed`; else the current edition's), the trends and tags
 * both know, the shown edition's routes (a row may be an edited copy of one), and the route ids My
 * routes already holds (built on first read). Rebuilt on every render of the page, the set of
 * 300 000 ids took 400 ms.
 */
export function useImportContext(
  held: MyRoutesRecord | undefined,
  current: Pick<Edition, 'criteria'> | undefined,
  shown: Pick<Edition, 'trends' | 'tags' | 'routes'> | undefined,
): { readonly context: Omit<ImportContext, 'fileName'> | undefined; readonly criteriaFixed: boolean } {
  const criteriaFixed = held !== undefined && held.routes.length > 0;
  const context = useMemo(() => {
    if (!current) return undefined;
    const heldRoutes = held?.routes ?? [];
    let taken: ReadonlySet<string> | undefined;
    return {
      criteria: held && held.routes.length > 0 ? held.criteria : current.criteria,
      trends: [...(shown?.trends ?? []), ...(held?.trends ?? [])],
      tags: [...(shown?.tags ?? []), ...(held?.tags ?? [])],
      sourceRoutes: shown?.routes ?? [],
      // Built when an import reads it (as it starts), not each time My routes changes: after a
      // 300 000-route import, in the render that showed it, the set took 55 ms.
      get takenRouteIds() {
        taken ??= new Set(heldRoutes.map((route) => route.id));
        return taken;
      },
    };
  }, [held, current, shown]);
  return { context, criteriaFixed };
}
