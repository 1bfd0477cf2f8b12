/**
 * What the page needs only once a comparison of the reader's own is opened or made: its check
 * (zod), the edition the page shows for it, and the texts and constructors of new ones (with the
 * bilingual texts' own i18next instance). One module, loaded on first use, so the first view of
 * the article carries none of it.
 */
export { checkUserEdition } from '../model/user-edition-schema';
export { toDisplayEdition } from '../model/user-edition';
export { blankUserEdition, copyOfEdition, newEditionId, slugId } from '../model/new-user-edition';
export { copyTitle, placeholderCriterion, userEditionTexts } from '../bilingual-texts';
export { withOwnScores } from '../model/with-own-scores';
