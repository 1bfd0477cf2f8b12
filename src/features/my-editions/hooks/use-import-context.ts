import { useMemo } from 'react';
import type { Edition } from '../../../domain/edition/schema';
import type { ImportContext } from '../model/import-routes';
import type { MyRoutesRecord } from '../model/my-routes';

/**
 * What an import is checked against, kept while its sources stay the same: the criteria (My
 * routes' own once it holds routes, `criteriaFixed`; else the current edition's), the trends and tags
 * both know, the shown edition's routes (a row may be an edited copy of one), and the route ids My
 * routes already holds. Rebuilt on every render of the page, the set of 300 000 ids took 400 ms.
 */
export function useImportContext(
  held: MyRoutesRecord | undefined,
  current: Pick<Edition, 'criteria'> | undefined,
  shown: Pick<Edition, 'trends' | 'tags' | 'routes'> | undefined,
): { readonly context: Omit<ImportContext, 'fileName'> | undefined; readonly criteriaFixed: boolean } {
  const criteriaFixed = held !== undefined && held.routes.length > 0;
  const context = useMemo(
    () =>
      current && {
        criteria: held && held.routes.length > 0 ? held.criteria : current.criteria,
        trends: [...(shown?.trends ?? []), ...(held?.trends ?? [])],
        tags: [...(shown?.tags ?? []), ...(held?.tags ?? [])],
        sourceRoutes: shown?.routes ?? [],
        takenRouteIds: new Set(held?.routes.map((route) => route.id)),
      },
    [held, current, shown],
  );
  return { context, criteriaFixed };
}
