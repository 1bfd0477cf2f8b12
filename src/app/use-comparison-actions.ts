import { useCallback, useState } from 'react';
import type { Edition } from '../domain/edition/schema';
import type { Locale } from '../domain/locale';
import type { ViewId } from '../domain/view-state';
import type { NewComparisonStart } from '../features/my-editions/components/new-comparison-dialog';
import type { UserEdition } from '../features/my-editions/model/user-edition';
import type { UserEditionsApi } from '../features/my-editions/hooks/use-user-editions';
import { downloadBlob } from '../lib/download';

// The constructors and texts of new comparisons load on first use (see comparison-runtime).
const loadRuntime = () => import('../features/my-editions/hooks/comparison-runtime');

/** What the page can do with the reader's comparisons (see {@link useComparisonActions}). */
export interface ComparisonActions {
  /** Creates a comparison (blank, or a copy of the shown edition) and opens its editor. */
  readonly create: (start: NewComparisonStart, title: string) => Promise<string | undefined>;
  /** Copies the open comparison under a new id and opens the copy. */
  readonly duplicate: () => Promise<string | undefined>;
  /** Downloads the open comparison as a data file (`<title>.json`, `"kind": "user"`). */
  readonly exportFile: () => Promise<void>;
  /** Deletes the open comparison and shows the first edition; the deleted one waits in `deleted` for Undo. */
  readonly deleteOpen: () => Promise<string | undefined>;
  /** The comparison just deleted, until Undo or dismissal. */
  readonly deleted: UserEdition | undefined;
  readonly undoDelete: () => Promise<string | undefined>;
  readonly dismissDeleted: () => void;
}

/**
 * The actions behind "New comparison", Duplicate, Export data file and Delete (with Undo): each
 * stores first and shows after, so the page never shows what was not kept. `shown` is the edition
 * on screen with the reader's own scores applied (what a copy takes).
 */
export function useComparisonActions(
  userEditions: UserEditionsApi,
  shown: Edition | undefined,
  locale: Locale,
  chooseEdition: (editionId: string | null, view?: ViewId) => void,
): ComparisonActions {
  const [deleted, setDeleted] = useState<UserEdition | undefined>(undefined);
  const takenIds = useCallback(
    () => new Set([...userEditions.summaries.map((item) => item.id), ...(shown ? [shown.id] : [])]),
    [userEditions.summaries, shown],
  );

  const create = useCallback(
    async (start: NewComparisonStart, title: string) => {
      const { blankUserEdition, copyOfEdition, copyTitle, newEditionId, placeholderCriterion, userEditionTexts } =
        await loadRuntime();
      const id = newEditionId(takenIds());
      const edition: UserEdition =
        typeof start === 'object'
          ? {
              ...start.edition,
              id,
              title: title
                ? { [locale]: title }
                : Object.keys(start.edition.title).length > 0
                  ? start.edition.title
                  : userEditionTexts.untitled,
            }
          : start === 'copy' && shown
            ? copyOfEdition(shown, id, title ? { [locale]: title } : copyTitle(shown.shortTitle))
            : blankUserEdition(
                id,
                title ? { [locale]: title } : userEditionTexts.untitled,
                [1, 2, 3].map((n) => placeholderCriterion(n, locale)),
              );
      const failure = await userEditions.create(edition);
      if (failure === undefined) chooseEdition(id, 'edit');
      return failure;
    },
    [chooseEdition, locale, shown, takenIds, userEditions],
  );

  const open = userEditions.open?.edition;
  const duplicate = useCallback(async () => {
    if (!open || !shown) return undefined;
    const { copyOfEdition, copyTitle, newEditionId } = await loadRuntime();
    const copy = {
      ...copyOfEdition(shown, newEditionId(takenIds()), copyTitle(shown.shortTitle)),
      author: open.author,
    };
    // The copy keeps the source's own texts (one language or both), not the page's filled ones.
    const next: UserEdition = { ...open, id: copy.id, title: copy.title };
    const failure = await userEditions.create(next);
    if (failure === undefined) chooseEdition(next.id);
    return failure;
  }, [chooseEdition, open, shown, takenIds, userEditions]);

  const exportFile = useCallback(async () => {
    if (!open) return;
    const { slugId } = await loadRuntime();
    const title = open.title[locale] ?? open.title.en ?? open.title.zh ?? open.id;
    const name = slugId(title, new Set(), open.id);
    downloadBlob(`${name}.json`, new Blob([`${JSON.stringify(open, null, 2)}\n`], { type: 'application/json' }));
  }, [locale, open]);

  const deleteOpen = useCallback(async () => {
    if (!open) return undefined;
    const { edition, error } = await userEditions.remove(open.id);
    if (error !== undefined) return error;
    setDeleted(edition ?? open);
    chooseEdition(null);
    return undefined;
  }, [chooseEdition, open, userEditions]);

  const undoDelete = useCallback(async () => {
    if (!deleted) return undefined;
    const failure = await userEditions.create(deleted);
    if (failure === undefined) {
      chooseEdition(deleted.id);
      setDeleted(undefined);
    }
    return failure;
  }, [chooseEdition, deleted, userEditions]);

  const dismissDeleted = useCallback(() => setDeleted(undefined), []);

  return { create, duplicate, exportFile, deleteOpen, deleted, undoDelete, dismissDeleted };
}
