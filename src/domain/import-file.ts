import Papa from 'papaparse';
import { importEditionJson } from './import-edition-json';
import { CsvRouteImporter, type ImportContext, type ImportResult, type ImportTexts } from './import-routes';

/** Options of {@link importText}. */
export interface ImportTextOptions {
  /** True when "My routes" already holds routes, so a JSON file must use its criteria. */
  readonly criteriaFixed: boolean;
  /** Called now and then with the share of the text read so far (0–1). */
  readonly onProgress?: (fraction: number) => void;
}

/** How many rows pass between two progress reports. */
const PROGRESS_EVERY = 2000;

/** True when the file is JSON: by its name, or (for a name without a known extension) by its first character. */
export function looksLikeJson(fileName: string, text: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return false;
  return text.trimStart().startsWith('{');
}

/**
 * Imports the decoded text of a file (see `decodeImportBytes`): JSON in the data schema, or CSV
 * (comma, semicolon or tab separated; a header row, then one route per row). Never throws: every
 * problem is in the result, by row and column.
 */
export function importText(
  text: string,
  context: ImportContext,
  texts: ImportTexts,
  { criteriaFixed, onProgress }: ImportTextOptions,
): ImportResult {
  if (looksLikeJson(context.fileName, text)) {
    const result = importEditionJson(text, { ...context, criteriaFixed });
    onProgress?.(1);
    return result;
  }
  const importer = new CsvRouteImporter(context, texts);
  let row = 0;
  let readable = true;
  const quoteProblems: { row: number; message: string }[] = [];
  Papa.parse<string[]>(text.startsWith('\ufeff') ? text.slice(1) : text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
    step: (results, parser) => {
      row += 1;
      // A delimiter papaparse cannot guess falls back to a comma, which is what a one-column file needs.
      for (const error of results.errors)
        if (error.type === 'Quotes') quoteProblems.push({ row, message: error.message });
      if (row === 1) {
        readable = importer.header(results.data);
        if (!readable) parser.abort();
        return;
      }
      importer.row(results.data, row);
      if (row % PROGRESS_EVERY === 0) onProgress?.(results.meta.cursor / text.length);
    },
  });
  onProgress?.(1);
  const result = importer.finish();
  return {
    ...result,
    problems: [
      ...result.problems,
      ...quoteProblems.map(({ row: at, message }) => ({
        row: at,
        column: undefined,
        issue: { path: '', key: 'other' as const, values: { message } },
      })),
    ],
  };
}
