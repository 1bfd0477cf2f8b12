import type { EditionParseResult } from '../domain/edition/issues';
import type { Edition } from '../domain/edition/schema';
import { toDisplayEdition, type UserEdition, type UserEditionTexts } from '../features/my-editions/model/user-edition';
import { resources } from '../lib/i18n/i18n';

/** One data file as loaded: its repo-relative name (`data/x.json`) and its validation result. */
export interface LoadedEdition {
  readonly file: string;
  readonly result: EditionParseResult;
}

const files = import.meta.glob<unknown>('../../data/*.json', { eager: true, import: 'default' });

/**
 * Every edition file in `data/`, in file-name order. Only files that passed the edition schema get
 * here: the build fails otherwise, and the dev server reports a file edited while it runs (see
 * `vite.config.ts`). They are not checked again on every visit: that would put zod and the
 * schemas on the first view's path.
 */
export const bundledEditions: readonly LoadedEdition[] = Object.keys(files)
  .sort()
  .map((path) => ({
    file: `data/${path.split('/').at(-1) ?? path}`,
    result: { ok: true, edition: asEdition(files[path]) },
  }));

/** A checked data file as the page shows it: a reader's exported comparison (`"kind": "user"`) is filled in. */
function asEdition(file: unknown): Edition {
  if ((file as { kind?: unknown }).kind !== 'user') return file as Edition;
  // The locales' own strings: no i18next instance is started for a file that may never be shown.
  const text = (key: 'ungrouped' | 'untitled' | 'sourceTitle') => ({
    zh: resources.zh.translation.comparison[key],
    en: resources.en.translation.comparison[key],
  });
  const texts: UserEditionTexts = {
    ungrouped: text('ungrouped'),
    untitled: text('untitled'),
    sourceTitle: text('sourceTitle'),
  };
  return toDisplayEdition(file as UserEdition, texts);
}
