import type { DataIssue } from '../../../domain/edition/issues';
import { decodeImportBytes, MAX_IMPORT_BYTES, type ImportEncoding } from '../model/import-decode';
import { importText } from '../model/import-file';
import type { ImportContext, ImportProblem, ImportResult } from '../model/import-types';
import { addImported, removeRoutes, toMyRoutesRecord, type MyRoutesRecord } from '../model/my-routes';
import { validateStoredMyRoutes } from '../model/validate-my-routes';
import { importTexts, myRoutesTexts } from '../bilingual-texts';
import { clearMyRoutes } from '../store/my-routes-store';
import { readStoredRecord, removeStoredRoutes, writeMyRoutes } from '../store/my-routes-chunks';
import { failedWrite, type WriteOutcome } from '../../../lib/storage/write-outcome';

/**
 * The work behind an import, run in the import worker (see `import-client`): reading and checking
 * a file, and every change to the stored "My routes", so that neither the parsing nor the
 * serialising of hundreds of thousands of routes happens on the page's thread.
 */

/**
 * What a change to the stored "My routes" came to: the write's outcome, and how many routes storage
 * held before it. The page compares that count with what it shows: fewer means storage lost routes
 * under the page (site data cleared while it was open), and the page stores what it shows again.
 */
export interface StoreChange {
  readonly write: WriteOutcome;
  /** Routes found stored before the change (`0`: nothing stored, or storage could not be read). */
  readonly storedBefore: number;
}

/** At most this many problems travel to the page and are listed in the review; the rest are counted. */
export const MAX_SUMMARY_PROBLEMS = 200;

/** What the review shows of an import: counts, the first problems, the columns not read. */
export interface ImportSummary {
  readonly format: ImportResult['format'];
  readonly rowCount: number;
  /** Routes that passed and will be added if the reader agrees. */
  readonly routeCount: number;
  readonly problems: readonly ImportProblem[];
  /** All problems, listed or not. */
  readonly problemCount: number;
  readonly ignoredColumns: readonly string[];
  /** Routes added as copies because "My routes" already holds their id. */
  readonly copies: number;
}

/** What reading an imported file came to. */
export type ImportOutcome =
  | {
      readonly kind: 'done';
      readonly fileName: string;
      readonly encoding: ImportEncoding;
      readonly summary: ImportSummary;
    }
  /** The file is larger than {@link MAX_IMPORT_BYTES}; `size` in bytes. */
  | { readonly kind: 'tooBig'; readonly fileName: string; readonly size: number }
  /** The bytes are not text in any encoding the importer reads. */
  | { readonly kind: 'notText'; readonly fileName: string }
  /** Reading failed; `codeMissing` when the importer's own code did not load (the network, or a new version). */
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string; readonly codeMissing?: boolean };

/** What loading the stored "My routes" came to: nothing stored, a checked record, or a record that failed its check. */
export type LoadOutcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loaded'; readonly record: MyRoutesRecord }
  | { readonly kind: 'corrupt'; readonly issues: readonly DataIssue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** A file to import: a `File`, or any blob with a name (tests). */
export interface NamedBlob {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The review's view of a result. */
export function summarize(result: ImportResult): ImportSummary {
  return {
    format: result.format,
    rowCount: result.rowCount,
    routeCount: result.routes.length,
    problems: result.problems.slice(0, MAX_SUMMARY_PROBLEMS),
    problemCount: result.problems.length,
    ignoredColumns: result.ignoredColumns,
    copies: result.copies,
  };
}

/**
 * Reads, decodes and imports one file. Refuses files over {@link MAX_IMPORT_BYTES} before reading
 * them. `onProgress` gets the share parsed (0–1). The full result stays with the caller (the
 * worker keeps it for {@link runCommitJob}); the outcome carries its summary.
 */
export async function runImportJob(
  file: NamedBlob,
  context: ImportContext,
  criteriaFixed: boolean,
  onProgress: (fraction: number) => void,
): Promise<{ readonly outcome: ImportOutcome; readonly result?: ImportResult }> {
  const fileName = file.name;
  if (file.size > MAX_IMPORT_BYTES) return { outcome: { kind: 'tooBig', fileName, size: file.size } };
  try {
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { outcome: { kind: 'notText', fileName } };
    const result = importText(decoded.text, { ...context, fileName }, importTexts, { criteriaFixed, onProgress });
    return { outcome: { kind: 'done', fileName, encoding: decoded.encoding, summary: summarize(result) }, result };
  } catch (error) {
    return { outcome: { kind: 'failed', fileName, message: messageOf(error) } };
  }
}

/**
 * The stored record if it passes its check, else `undefined` (a corrupt one was reported when
 * loaded). Throws what reading throws: unreadable storage must not be overwritten with the change
 * alone; the change reports it instead.
 */
async function storedRecord(): Promise<MyRoutesRecord | undefined> {
  const read = validateStoredMyRoutes(await readStoredRecord(), myRoutesTexts);
  return read.ok && read.edition ? toMyRoutesRecord(read.edition) : undefined;
}

/**
 * Adds an import's routes to the stored "My routes" and stores it. Never rejects: a refusal is in
 * `write` (the page still shows the routes for this visit and says they were not stored).
 */
export async function runCommitJob(result: ImportResult): Promise<StoreChange> {
  let before: MyRoutesRecord | undefined;
  try {
    before = await storedRecord();
  } catch (error) {
    return { write: failedWrite(error), storedBefore: 0 };
  }
  return { write: await writeMyRoutes(addImported(before, result)), storedBefore: before?.routes.length ?? 0 };
}

/** Removes routes (`'all'`: every route) from the stored "My routes"; never rejects (see {@link runCommitJob}). */
export async function runRemoveJob(routeIds: readonly string[] | 'all'): Promise<StoreChange> {
  if (routeIds === 'all') return { write: await clearMyRoutes(), storedBefore: 0 };
  // Only the chunks that held a removed route are written again; the long way below checks and
  // stores every route, for a stored record that is not plain chunks.
  const removed = await removeStoredRoutes(new Set(routeIds));
  if (removed) return removed;
  let current: MyRoutesRecord | undefined;
  try {
    current = await storedRecord();
  } catch (error) {
    return { write: failedWrite(error), storedBefore: 0 };
  }
  const next = current ? removeRoutes(current, new Set(routeIds)) : undefined;
  return {
    write: await (next && next.routes.length > 0 ? writeMyRoutes(next) : clearMyRoutes()),
    storedBefore: current?.routes.length ?? 0,
  };
}

/**
 * Stores `record` as "My routes", whatever is stored: the page's own copy, when storage turned out
 * to have lost routes the page still shows. An empty record clears the store. Never rejects.
 */
export async function runSaveJob(record: MyRoutesRecord): Promise<WriteOutcome> {
  return record.routes.length > 0 ? writeMyRoutes(record) : clearMyRoutes();
}

/** Reads the stored "My routes" and checks it with the user-edition schema. */
export async function runLoadJob(): Promise<LoadOutcome> {
  try {
    const read = validateStoredMyRoutes(await readStoredRecord(), myRoutesTexts);
    if (!read.ok) return { kind: 'corrupt', issues: read.issues };
    return read.edition ? { kind: 'loaded', record: toMyRoutesRecord(read.edition) } : { kind: 'empty' };
  } catch (error) {
    return { kind: 'failed', message: messageOf(error) };
  }
}
