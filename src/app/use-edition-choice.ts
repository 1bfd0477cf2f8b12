import { useCallback, useMemo } from 'react';
import type { Edition } from '../domain/edition/schema';
import type { ViewId } from '../domain/view-state';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import { urlParsers, useEditionParam, useUrlParams } from '../lib/url-state';
import type { LoadedEdition } from './bundled-editions';

/** The editions the page can show, the one it shows, and how the reader picks another. */
export interface EditionChoice {
  /** The bundled editions that passed their check, then My routes when it holds routes. */
  readonly valid: readonly Edition[];
  /** The bundled data files that failed their check (shown as an error panel). */
  readonly failures: readonly LoadedEdition[];
  /** The edition the address names (`ed`), or the first valid one. */
  readonly current: Edition | undefined;
  /** The address names My routes or a comparison still being read: its view params wait for it. */
  readonly waitingForMyRoutes: boolean;
  /** The edition id the address names (`ed`), if any. */
  readonly editionParam: string | null;
  /**
   * The id the address names (`ed`) when no edition of that id is here once the stored ones were
   * read: a link to a comparison stored in another browser, or one removed. The page says so and
   * shows `current` (the first edition) rather than swapping it in silently.
   */
  readonly missing: string | undefined;
  /**
   * Shows edition `editionId` (`null`: the first) from a clean view, as a new history entry, in
   * `view` (the table when absent).
   */
  readonly chooseEdition: (editionId: string | null, view?: ViewId) => void;
}

/**
 * The edition is part of the address (`ed`, absent for the first one), so a reload or Back returns
 * to My routes. `myRoutes` is My routes' edition once read (undefined while empty or unread);
 * `myRoutesSettled` says whether it has been looked for.
 */
export function useEditionChoice(
  editions: readonly LoadedEdition[],
  myRoutes: Edition | undefined,
  myRoutesSettled: boolean,
  userEdition?: { readonly edition: Edition | undefined; readonly pending: boolean },
): EditionChoice {
  const userShown = userEdition?.edition;
  const valid = useMemo(
    () => [
      ...editions.flatMap((item) => (item.result.ok ? [item.result.edition] : [])),
      ...(myRoutes ? [myRoutes] : []),
      ...(userShown ? [userShown] : []),
    ],
    [editions, myRoutes, userShown],
  );
  const failures = useMemo(() => editions.filter((item) => !item.result.ok), [editions]);
  const [, setParams] = useUrlParams();
  const [editionParam, setEditionParam] = useEditionParam();
  const named = useMemo(() => valid.find((edition) => edition.id === editionParam), [valid, editionParam]);
  const current = named ?? valid[0];
  // Any id that is not bundled may be a stored edition: it is looked for before it is missing.
  const looking = !myRoutesSettled || (userEdition?.pending ?? false);
  const chooseEdition = useCallback(
    (editionId: string | null, view?: ViewId) => {
      void setEditionParam(editionId === valid[0]?.id ? null : editionId, { history: 'push' });
      // Route, trend and criterion ids belong to the edition: its view starts afresh. The language
      // is read when the edition is chosen, not when this function was made: an import that ends
      // after the reader switched language calls the one it was given at its start.
      void setParams((params) =>
        Object.fromEntries(
          Object.keys(urlParsers).map((key) => [
            key,
            key === 'lang' ? params.lang : key === 'view' && view !== undefined && view !== 'explore' ? view : null,
          ]),
        ),
      );
    },
    [setParams, setEditionParam, valid],
  );
  return {
    valid,
    failures,
    current,
    waitingForMyRoutes: editionParam !== null && named === undefined && looking,
    editionParam,
    missing: editionParam !== null && named === undefined && !looking ? editionParam : undefined,
    chooseEdition,
  };
}

/**
 * The id of the reader's comparison the address names (`ed`), or `null` when it names a bundled
 * edition, My routes, or none: the comparison the page must read from storage.
 */
export function useUserEditionParam(editions: readonly LoadedEdition[]): string | null {
  const [editionParam] = useEditionParam();
  if (editionParam === null || editionParam === MY_ROUTES_ID) return null;
  return editions.some((item) => item.result.ok && item.result.edition.id === editionParam) ? null : editionParam;
}
