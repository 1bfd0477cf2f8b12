import { functionalUpdate, type RowSelectionState, type Updater } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import type { RouteLookup } from '../../domain/edition/model';
import type { Route } from '../../domain/edition/schema';
import { MAX_SELECTION, type UpdateOptions, type ViewPatch, type ViewState } from '../../domain/view-state';
import { CJK_SPACING } from '../../lib/i18n/i18n';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';

/** The picked routes (at most {@link MAX_SELECTION}, in the order they were picked) and the ways to change them. */
export interface RouteSelection {
  readonly selectedRoutes: readonly Route[];
  /** The picks as the table's row selection (route id → true). */
  readonly rowSelection: RowSelectionState;
  /** Sets the picks; more than four is refused with a message through `onStatus`. */
  readonly setSelection: (next: readonly string[]) => void;
  readonly toggleRoute: (id: string) => void;
  readonly onRowSelectionChange: (updater: Updater<RowSelectionState>) => void;
}

/**
 * The view's picked routes, kept in the address. A baseline that is no longer picked is dropped.
 * `onStatus` receives the one-line message for a refused pick, and '' when a pick is accepted.
 */
export function useRouteSelection(
  state: ViewState,
  update: (patch: ViewPatch, options?: UpdateOptions) => void,
  routesById: RouteLookup,
  onStatus: (message: string) => void,
): RouteSelection {
  const { t, locale } = useUiLocale();
  const selectedRoutes = useMemo(
    () => state.selection.flatMap((id) => routesById.get(id) ?? []),
    [state.selection, routesById],
  );
  const rowSelection = useMemo<RowSelectionState>(
    () => Object.fromEntries(state.selection.map((id) => [id, true])),
    [state.selection],
  );
  const setSelection = useCallback(
    (next: readonly string[]) => {
      if (next.length > MAX_SELECTION) {
        const extra = next.find((id) => !state.selection.includes(id));
        onStatus(
          t('selection.limit', {
            max: MAX_SELECTION,
            route: (extra && routesById.get(extra)?.name[locale]) ?? '',
            postProcess: CJK_SPACING,
          }),
        );
        return;
      }
      onStatus('');
      update((current) => ({
        selection: next,
        baseline: current.baseline !== undefined && next.includes(current.baseline) ? current.baseline : undefined,
      }));
    },
    [state.selection, update, t, routesById, locale, onStatus],
  );
  const toggleRoute = useCallback(
    (id: string) =>
      setSelection(
        state.selection.includes(id) ? state.selection.filter((item) => item !== id) : [...state.selection, id],
      ),
    [setSelection, state.selection],
  );
  const onRowSelectionChange = useCallback(
    (updater: Updater<RowSelectionState>) => {
      const next = functionalUpdate(updater, rowSelection);
      // Keep the order routes were picked in; newly ticked ones go last.
      const kept = state.selection.filter((id) => next[id]);
      const added = Object.keys(next).filter((id) => next[id] && !kept.includes(id));
      setSelection([...kept, ...added]);
    },
    [rowSelection, state.selection, setSelection],
  );
  return { selectedRoutes, rowSelection, setSelection, toggleRoute, onRowSelectionChange };
}
