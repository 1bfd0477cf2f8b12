import { decodeImportBytes, MAX_IMPORT_BYTES, type ImportEncoding } from '../domain/import-decode';
import { importText } from '../domain/import-file';
import type { ImportContext, ImportResult } from '../domain/import-routes';
import { readMyRoutes, toMyRoutesRecord, type MyRoutesRecord } from '../domain/my-routes';
import type { DataIssue } from '../domain/data-issues';
import { importTexts, myRoutesTexts } from './bilingual-texts';
import { readStoredRecord } from './my-routes-store';

/** What reading an imported file came to. */
export type ImportOutcome =
  | {
      readonly kind: 'done';
      readonly fileName: string;
      readonly encoding: ImportEncoding;
      readonly result: ImportResult;
    }
  /** The file is larger than {@link MAX_IMPORT_BYTES}; `size` in bytes. */
  | { readonly kind: 'tooBig'; readonly fileName: string; readonly size: number }
  /** The bytes are not text in any encoding the importer reads. */
  | { readonly kind: 'notText'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string };

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

/**
 * Reads, decodes and imports one file (runs in the import worker; see `import-client`). Refuses
 * files over {@link MAX_IMPORT_BYTES} before reading them. `onProgress` gets the share parsed (0–1).
 */
export async function runImportJob(
  file: NamedBlob,
  context: ImportContext,
  criteriaFixed: boolean,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  const fileName = file.name;
  if (file.size > MAX_IMPORT_BYTES) return { kind: 'tooBig', fileName, size: file.size };
  try {
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { kind: 'notText', fileName };
    const result = importText(decoded.text, { ...context, fileName }, importTexts, { criteriaFixed, onProgress });
    return { kind: 'done', fileName, encoding: decoded.encoding, result };
  } catch (error) {
    return { kind: 'failed', fileName, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads the stored "My routes" and checks it with the user-edition schema (runs in the worker). */
export async function runLoadJob(): Promise<LoadOutcome> {
  try {
    const stored = await readStoredRecord();
    const read = readMyRoutes(stored, myRoutesTexts);
    if (!read.ok) return { kind: 'corrupt', issues: read.issues };
    return read.edition ? { kind: 'loaded', record: toMyRoutesRecord(read.edition) } : { kind: 'empty' };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
