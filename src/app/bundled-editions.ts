import { parseEdition, type EditionParseResult } from '../domain/data-issues';

/** One data file as loaded: its repo-relative name (`data/x.json`) and its validation result. */
export interface LoadedEdition {
  readonly file: string;
  readonly result: EditionParseResult;
}

const files = import.meta.glob<unknown>('../../data/*.json', { eager: true, import: 'default' });

/**
 * Every edition file in `data/`, validated again at load (the build already refused broken ones;
 * this guards hand-edited deployments), in file-name order.
 */
export const bundledEditions: readonly LoadedEdition[] = Object.keys(files)
  .sort()
  .map((path) => ({ file: `data/${path.split('/').at(-1) ?? path}`, result: parseEdition(files[path]) }));
