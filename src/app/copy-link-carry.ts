import type { TFunction } from 'i18next';
import type { Edition } from '../domain/edition/schema';
import type { EditionOverrides } from '../domain/score-overrides';
import { MY_ROUTES_ID } from '../features/my-editions/model/my-routes';
import type { UserEdition } from '../features/my-editions/model/user-edition';
import type { CopyLinkProps } from '../features/share/components/copy-link-button';

// The comparisons' check and constructors, loaded when a link is made to carry one.
const loadComparisonRuntime = () => import('../features/my-editions/hooks/comparison-runtime');

/** What the open view is, as far as Copy link cares. */
export interface CopyLinkContext {
  /** The edition on screen, with the scores the view shows applied. */
  readonly shown: Edition | undefined;
  /** The reader's comparison (or a shared one looked at) on screen, as stored. */
  readonly comparison: UserEdition | undefined;
  /** The scores the view shows in place of the edition's (the reader's own, or a link's). */
  readonly scores: EditionOverrides | undefined;
  /** How many of `scores` apply to the edition. */
  readonly editedCount: number;
  /** Ids of the reader's comparisons: My routes, carried, takes another. */
  readonly takenIds: readonly string[];
  /** Offered when a comparison's link is too long: its data file instead. */
  readonly onDownloadFile?: (() => void) | undefined;
}

/**
 * What Copy link carries beyond the address, so the shared view is exactly the sharer's, and what
 * it says once copied:
 * - a comparison travels whole, with the scores the view shows written in (`#c1.`);
 * - My routes, which lives in one browser only, travels as a comparison of its own (`#c1.`);
 * - an edition every reader has carries only the edited scores and their reasons (`#s1.`);
 * - an edition as published carries nothing but the address.
 * The codecs load on the first copy.
 */
export function copyLinkCarry(context: CopyLinkContext, t: TFunction): CopyLinkProps {
  const { shown, comparison, scores, editedCount, takenIds, onDownloadFile } = context;
  if (comparison) {
    return {
      carry: async () => {
        const { withOwnScores } = await loadComparisonRuntime();
        return { editionId: comparison.id, value: withOwnScores(comparison, scores) };
      },
      note: t('share.carriesComparison'),
      ...(onDownloadFile ? { onDownloadFile } : {}),
    };
  }
  if (shown?.id === MY_ROUTES_ID) {
    return {
      carry: async () => {
        const { copyOfEdition, newEditionId } = await loadComparisonRuntime();
        const id = newEditionId(new Set(takenIds));
        return { editionId: id, value: copyOfEdition(shown, id, shown.shortTitle) };
      },
      note: t('share.carriesComparison'),
    };
  }
  if (shown && scores && editedCount > 0) {
    return {
      carry: async () => {
        const [{ sharedScoresPayload }, { SCORES_LINK_PREFIX }] = await Promise.all([
          import('../features/share/model/shared-scores'),
          import('../features/share/model/edition-link'),
        ]);
        return {
          editionId: shown.id,
          value: sharedScoresPayload({ editionId: shown.id, scores }),
          prefix: SCORES_LINK_PREFIX,
        };
      },
      note: t('share.carriesScores', { count: editedCount }),
    };
  }
  return {};
}
