import type { DataIssue } from '../../../domain/edition/issues';
import type { Criterion, LocalizedText, Route, Tag, Trend } from '../../../domain/edition/schema';

/**
 * What an import of routes for the "My routes" edition takes and gives, shared by the CSV importer
 * (`csv-route-importer.ts`), the JSON importer (`import-edition-json.ts`) and the import worker.
 */

/** Generated text the importer writes, in both languages (the UI supplies it from its locales). */
export interface ImportTexts {
  /** Name and overview of the trend for rows that name none. */
  readonly unassignedTrend: { readonly name: LocalizedText; readonly overview: LocalizedText };
  /** Overview of a trend created for a trend name no edition knows. */
  readonly newTrendOverview: (file: string) => LocalizedText;
  /** Rationale of an imported score that differs from (or has no) original. */
  readonly importedScore: (file: string, row: number) => LocalizedText;
}

/** What an import can match against and must not collide with. */
export interface ImportContext {
  /** The name of the file being imported, for rationales and messages. */
  readonly fileName: string;
  /** The criteria imported routes are scored on (those of "My routes", or of the edition on screen when it is empty). */
  readonly criteria: readonly Criterion[];
  /** Known trends and tags, matched by id or by name in either language. */
  readonly trends: readonly Trend[];
  readonly tags: readonly Tag[];
  /** Routes a row may be an edited copy of (the edition on screen): matched by id, then by name. */
  readonly sourceRoutes: readonly Route[];
  /** Route ids already taken in "My routes": an imported route never takes one of them. */
  readonly takenRouteIds: ReadonlySet<string>;
}

/** One problem of an import: the spreadsheet row (header = row 1) and column it is in, and what. */
export interface ImportProblem {
  /** Spreadsheet row number, the header being row 1; `undefined` for the file as a whole. */
  readonly row: number | undefined;
  /** The column's header as written in the file (CSV), or the JSON path (JSON). */
  readonly column: string | undefined;
  readonly issue: DataIssue;
}

/** What an import made of a file: the valid routes, what they need, and every problem. */
export interface ImportResult {
  readonly format: 'csv' | 'json';
  /** Data rows read (CSV) or routes in the file (JSON), blank rows not counted. */
  readonly rowCount: number;
  readonly routes: Route[];
  /** Trends and tags the routes refer to that "My routes" does not hold yet. */
  readonly trends: Trend[];
  readonly tags: Tag[];
  readonly criteria: readonly Criterion[];
  readonly problems: ImportProblem[];
  /** Columns the importer does not read (e.g. Overall, which is computed), as written in the file. */
  readonly ignoredColumns: string[];
  /** Routes whose id "My routes" already holds: added as copies under a new id (`gpu-2`), never replacing. */
  readonly copies: number;
}
