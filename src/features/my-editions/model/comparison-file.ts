import Papa from 'papaparse';
import type { DataIssue } from '../../../domain/edition/issues';
import { parseEdition, parseJsonText } from '../../../domain/edition/issues';
import type { Locale } from '../../../domain/locale';
import { decodeImportBytes, MAX_IMPORT_BYTES } from './import-decode';
import { looksLikeJson } from './import-file';
import { planCsvComparison, type CsvComparisonProblem } from './csv-comparison';
import { type UserEdition, type UserText } from './user-edition';
import { copyOfEdition } from './new-user-edition';
import { checkUserEdition } from './user-edition-schema';

/**
 * A new comparison from a file: a data file of a user edition (`"kind": "user"`, as "Export data
 * file" writes it), a data file of the article's kind (copied as a user edition), or a CSV (see
 * `planCsvComparison`). Loaded with the "New comparison" dialog only.
 */

/** What a file would become, for the dialog's review step; nothing is stored yet. */
export type ComparisonFileResult =
  | {
      readonly ok: true;
      readonly edition: UserEdition;
      readonly format: 'json' | 'csv';
      /** CSV only: the headers that become criteria, and those read as nothing. */
      readonly criteriaHeaders: readonly string[];
      readonly ignoredColumns: readonly string[];
      readonly csvProblems: readonly CsvComparisonProblem[];
      /** JSON only: what the comparison lacks (it is still created; the editor shows each at its field). */
      readonly problems: readonly DataIssue[];
    }
  | { readonly ok: false; readonly reason: 'tooBig' | 'notText' }
  | { readonly ok: false; readonly reason: 'notEdition'; readonly issues: readonly DataIssue[] };

/**
 * Reads `bytes` (a file named `fileName`, at most {@link MAX_IMPORT_BYTES}) as comparison `id`.
 * `title` is used where the file has none (CSV, or an empty title); `locale` is the language of a
 * CSV's texts. Never throws.
 */
export function readComparisonFile(
  fileName: string,
  bytes: Uint8Array,
  { id, title, locale }: { readonly id: string; readonly title: UserText; readonly locale: Locale },
): ComparisonFileResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooBig' };
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: 'notText' };
  const text = decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text;
  if (looksLikeJson(fileName, text)) {
    const json = parseJsonText(text);
    if (!json.ok) return { ok: false, reason: 'notEdition', issues: json.issues };
    const value = json.value as { kind?: unknown } | null;
    if (typeof value === 'object' && value !== null && value.kind === 'user') {
      const check = checkUserEdition(value);
      if (!check.ok) return { ok: false, reason: 'notEdition', issues: check.issues };
      const edition = { ...check.edition, id };
      return {
        ok: true,
        edition,
        format: 'json',
        criteriaHeaders: [],
        ignoredColumns: [],
        csvProblems: [],
        problems: check.problems,
      };
    }
    // An edition of the article's kind (a file from `data/`): copied as the reader's own.
    const parsed = parseEdition(json.value, 'user');
    if (!parsed.ok) return { ok: false, reason: 'notEdition', issues: parsed.issues };
    const edition = copyOfEdition(parsed.edition, id, parsed.edition.title);
    return {
      ok: true,
      edition,
      format: 'json',
      criteriaHeaders: [],
      ignoredColumns: [],
      csvProblems: [],
      problems: [],
    };
  }
  const rows = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  }).data;
  const plan = planCsvComparison(rows, { id, title, locale });
  return {
    ok: true,
    edition: plan.edition,
    format: 'csv',
    criteriaHeaders: plan.criteriaHeaders,
    ignoredColumns: plan.ignoredColumns,
    csvProblems: plan.problems,
    problems: [],
  };
}
