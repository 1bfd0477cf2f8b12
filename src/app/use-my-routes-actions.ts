import { useEffect, useRef } from 'react';
import type { Edition, Route } from '../domain/edition/schema';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import type { MyRoutesApi } from '../features/my-editions/hooks/use-my-routes';
import type { CommitOutcome } from '../features/my-editions/worker/import-client';
import { useLatestOutcome } from '../hooks/use-latest-outcome';
import { focusMainContent } from '../lib/focus-main-content';
import { useUiLocale } from '../lib/i18n/use-ui-locale';
import type { ScoreOverridesApi } from './dashboard/use-score-overrides';

/** What the page does with My routes: add an import, remove one route or all of them. */
export interface MyRoutesActions {
  /** Adds an import's routes, shows My routes once they are merged, and says "added" once stored. */
  readonly onImport: (committed: CommitOutcome) => Promise<void>;
  /** The dashboard's removal actions while My routes is shown, `undefined` for any other edition. */
  readonly removals: { readonly onRemove: (route: Route) => void; readonly onRemoveAll: () => void } | undefined;
}

/**
 * The page's actions on My routes, with the status each says (through `setStatus`) once storage
 * has the change, for the latest of them only, and where focus goes after each. `current` is the
 * edition shown; `chooseEdition` switches the address's edition (`null`: the article's).
 */
export function useMyRoutesActions(
  myRoutes: MyRoutesApi,
  current: Edition | undefined,
  chooseEdition: (id: string | null) => void,
  scoreOverrides: Pick<ScoreOverridesApi, 'forgetRoutes' | 'resetAll'>,
  setStatus: (text: string) => void,
): MyRoutesActions {
  const { t, locale } = useUiLocale();
  // After an import, focus goes to the routes of My routes, where the new rows are. The dashboard
  // (with the button that opened the import) is rebuilt for My routes only when the address has
  // switched edition, which can be later than the next frame: focus moves once My routes is shown.
  const focusRoutesOfMyRoutes = useRef(false);
  useEffect(() => {
    if (!focusRoutesOfMyRoutes.current || current?.id !== MY_ROUTES_ID) return;
    focusRoutesOfMyRoutes.current = false;
    document.getElementById('routes-heading')?.focus();
  }, [current]);
  // What an import or a removal says once stored, for the latest of them only.
  const sayWhenStored = useLatestOutcome();
  // My routes emptied: the article's edition is shown again, and as the button that emptied it is
  // gone with the edition, the page's content takes focus.
  const leaveMyRoutes = () => {
    chooseEdition(null);
    requestAnimationFrame(focusMainContent);
  };

  const onImport = async (committed: CommitOutcome) => {
    focusRoutesOfMyRoutes.current = true;
    const { shown, stored } = myRoutes.add(committed);
    // "Added" is said once the routes are shown and storage has them; a refusal is said by the
    // storage notice instead.
    sayWhenStored(
      shown.then(() => stored),
      () => setStatus(t('import.added', { count: committed.result.routes.length })),
    );
    await shown;
    chooseEdition(MY_ROUTES_ID);
  };

  const removals =
    current?.id === MY_ROUTES_ID
      ? {
          onRemove: (route: Route) => {
            // An import may later bring a route with the same id: it starts from its own scores.
            scoreOverrides.forgetRoutes([route.id]);
            // The last route leaves as Remove all does: an address still naming the emptied My
            // routes said it was not stored in this browser.
            const last = current.routes.every((each) => each.id === route.id);
            if (last) leaveMyRoutes();
            sayWhenStored(last ? myRoutes.removeAll() : myRoutes.remove(new Set([route.id])), () =>
              setStatus(t('myRoutes.removed', { route: route.name[locale] })),
            );
          },
          onRemoveAll: () => {
            scoreOverrides.resetAll();
            leaveMyRoutes();
            sayWhenStored(myRoutes.removeAll(), () => setStatus(t('myRoutes.allRemoved')));
          },
        }
      : undefined;
  return { onImport, removals };
}
