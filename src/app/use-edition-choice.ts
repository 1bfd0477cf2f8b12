import { parseAsString, useQueryState } from 'nuqs';
import { useCallback, useMemo } from 'react';
import type { Edition } from '../domain/edition/schema';
import { urlParsers, useUrlParams } from '../lib/url-state';
import type { LoadedEdition } from './bundled-editions';

/** The editions the page can show, the one it shows, and how the reader picks another. */
export interface EditionChoice {
  /** The bundled editions that passed their check, then My routes when it holds routes. */
  readonly valid: readonly Edition[];
  /** The bundled data files that failed their check (shown as an error panel). */
  readonly failures: readonly LoadedEdition[];
  /** The edition the address names (`ed`), or the first valid one. */
  readonly current: Edition | undefined;
  /** The address names My routes, which is still being read: its view params wait for it. */
  readonly waitingForMyRoutes: boolean;
  /**
   * The id the address names (`ed`) when no edition of that id is here once the stored ones were
   * read: a link to a comparison stored in another browser, or one removed. The page says so and
   * shows `current` (the first edition) rather than swapping it in silently.
   */
  readonly missing: string | undefined;
  /** Shows edition `editionId` (`null`: the first) from a clean view, as a new history entry. */
  readonly chooseEdition: (editionId: string | null) => void;
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
): EditionChoice {
  const valid = useMemo(
    () => [
      ...editions.flatMap((item) => (item.result.ok ? [item.result.edition] : [])),
      ...(myRoutes ? [myRoutes] : []),
    ],
    [editions, myRoutes],
  );
  const failures = useMemo(() => editions.filter((item) => !item.result.ok), [editions]);
  const [{ lang }, setParams] = useUrlParams();
  const [editionParam, setEditionParam] = useQueryState('ed', parseAsString.withOptions({ history: 'push' }));
  const named = useMemo(() => valid.find((edition) => edition.id === editionParam), [valid, editionParam]);
  const current = named ?? valid[0];
  const chooseEdition = useCallback(
    (editionId: string | null) => {
      void setEditionParam(editionId === valid[0]?.id ? null : editionId);
      // Route, trend and criterion ids belong to the edition: its view starts afresh.
      void setParams(Object.fromEntries(Object.keys(urlParsers).map((key) => [key, key === 'lang' ? lang : null])));
    },
    [lang, setParams, setEditionParam, valid],
  );
  return {
    valid,
    failures,
    current,
    // Any id that is not bundled may be a stored edition: it is looked for before it is missing.
    waitingForMyRoutes: editionParam !== null && named === undefined && !myRoutesSettled,
    missing: editionParam !== null && named === undefined && myRoutesSettled ? editionParam : undefined,
    chooseEdition,
  };
}
