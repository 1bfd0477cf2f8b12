import type { EditionParseResult } from '../domain/edition/issues';
import type { Edition } from '../domain/edition/schema';

/** One data file as loaded: its repo-relative name (`data/x.json`) and its validation result. */
export interface LoadedEdition {
  readonly file: string;
  readonly result: EditionParseResult;
}

const files = import.meta.glob<unknown>('../../data/*.json', { eager: true, import: 'default' });

/**
 * Every edition file in `data/`, in file-name order. Only files that passed the edition schema get
 * here: the build fails otherwise, and the dev server reports a file edited while it runs (see
 * `vite.config.ts`); a reader's exported comparison among them arrives filled in by the build. They
 * are not checked again on every visit: that would put zod and the
 * schemas on the first view's path.
 */
export const bundledEditions: readonly LoadedEdition[] = Object.keys(files)
  .sort()
  .map((path) => ({
    file: `data/${path.split('/').at(-1) ?? path}`,
    result: { ok: true, edition: files[path] as Edition },
  }));
