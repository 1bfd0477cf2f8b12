import Papa from 'papaparse';
import { importEditionJson } from './import-edition-json';
import { CsvRouteImporter } from './csv-route-importer';
import type { ImportContext, ImportResult, ImportTexts } from './import-types';

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
  Papa.parse<string[]>(text.startsWith('\ufeff') ? text.slice(1) : text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
    step: (results, parser) => {
      row += 1;
      // A delimiter papaparse cannot guess falls back to a comma, which is what a one-column file
      // needs; a broken quote makes the row unreliable, so it is reported and left out.
      const quotes = results.errors.filter((error) => error.type === 'Quotes');
      if (quotes.length > 0) {
        // An unclosed quote swallows the rest of the file: that is what the reader must know.
        importer.rejectRow(
          row,
          quotes.some((error) => error.code === 'MissingQuotes') ? 'csvUnclosedQuote' : 'csvStrayQuote',
        );
        if (row === 1) parser.abort();
        return;
      }
      if (row === 1) {
        if (!importer.header(results.data)) parser.abort();
        return;
      }
      importer.row(results.data, row);
      if (row % PROGRESS_EVERY === 0) onProgress?.(results.meta.cursor / text.length);
    },
  });
  onProgress?.(1);
  return importer.finish();
}
