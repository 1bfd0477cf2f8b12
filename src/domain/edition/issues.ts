import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LOCALES } from '../locale.ts';
import type { z } from '../zod';
import { editionSchema, userEditionSchema, type Edition, type EditionKind } from './schema.ts';

/** Locale keys under `dataIssue.*` that describe one problem in a data file. */
export type DataIssueKey =
  | 'missingField'
  | 'missingTranslation'
  | 'missingText'
  | 'noRoutes'
  | 'noCriteria'
  | 'notScored'
  | 'noWeight'
  | 'invalidType'
  | 'scoreRange'
  | 'tooSmall'
  | 'tooBig'
  | 'unrecognizedKeys'
  | 'invalidValue'
  | 'badId'
  | 'badCite'
  | 'duplicateId'
  | 'repeatedItem'
  | 'emptyTrend'
  | 'forbiddenKey'
  | 'reservedId'
  | 'unknownTrend'
  | 'unknownTag'
  | 'missingScore'
  | 'unknownCriterion'
  | 'citeOutOfRange'
  | 'notJson'
  | 'duplicateColumn'
  | 'noNameColumn'
  | 'criteriaMismatch'
  | 'noScore'
  | 'csvUnclosedQuote'
  | 'csvStrayQuote'
  | 'other';

/**
 * One problem found in a data file, language-neutral: `path` is a JSON path such as
 * `routes[4].scores.cost.value` (empty for the whole file); `key` and `values` feed the
 * `dataIssue.<key>` locale string.
 */
export interface DataIssue {
  readonly path: string;
  readonly key: DataIssueKey;
  readonly values: Readonly<Record<string, string | number>>;
}

/** Result of {@link parseEdition}: the edition, or every problem found in it. */
export type EditionParseResult =
  { readonly ok: true; readonly edition: Edition } | { readonly ok: false; readonly issues: readonly DataIssue[] };

/** Formats a zod path as a JSON path: `['routes', 4, 'name', 'en']` → `routes[4].name.en`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** A short, readable rendering of an offending value for messages (at most 40 characters). */
function showValue(input: unknown): string {
  if (input === undefined) return 'undefined';
  // JSON.stringify returns undefined for functions and symbols, which data files cannot hold anyway.
  const text = (JSON.stringify(input) as string | undefined) ?? typeof input;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isTranslationPath(path: readonly PropertyKey[]): boolean {
  const last = path.at(-1);
  return LOCALES.some((locale) => locale === last);
}

/** Turns zod's issues into {@link DataIssue}s, one per problem, in the order zod found them. */
export function toDataIssues(issues: readonly z.core.$ZodIssue[]): DataIssue[] {
  return issues
    .map((issue): DataIssue => {
      const path = formatJsonPath(issue.path);
      const got = showValue(issue.input);
      switch (issue.code) {
        case 'custom': {
          const params = (issue.params ?? {}) as { key?: DataIssueKey; values?: Record<string, string | number> };
          const key = params.key ?? 'other';
          return { path, key, values: { ...params.values, got, message: issue.message } };
        }
        case 'invalid_type':
          if (issue.input === undefined) {
            return isTranslationPath(issue.path)
              ? { path, key: 'missingTranslation', values: { locale: String(issue.path.at(-1)) } }
              : { path, key: 'missingField', values: {} };
          }
          return { path, key: 'invalidType', values: { expected: issue.expected, got } };
        case 'too_small':
          return { path, key: 'tooSmall', values: { minimum: Number(issue.minimum), got } };
        case 'too_big':
          return { path, key: 'tooBig', values: { maximum: Number(issue.maximum), got } };
        case 'unrecognized_keys':
          return { path, key: 'unrecognizedKeys', values: { keys: issue.keys.join(', ') } };
        case 'invalid_value':
          return {
            path,
            key: 'invalidValue',
            values: { options: issue.values.map((v) => showValue(v)).join(', '), got },
          };
        case 'invalid_format':
          // The schema's only patterns are ids and score cites.
          return { path, key: issue.path.includes('cites') ? 'badCite' : 'badId', values: { got } };
        default:
          return { path, key: 'other', values: { message: issue.message } };
      }
    })
    .map((issue) =>
      issue.key === 'missingTranslation' && !('locale' in issue.values)
        ? { ...issue, values: { ...issue.values, locale: issue.path.split('.').at(-1) ?? '' } }
        : issue,
    );
}

/** Every `__proto__` key in parsed JSON (zod would drop it silently), as `forbiddenKey` issues. */
export function findForbiddenKeys(value: unknown, path: PropertyKey[] = []): DataIssue[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findForbiddenKeys(item, [...path, index]));
  return Object.keys(value).flatMap((key) =>
    key === '__proto__'
      ? [{ path: formatJsonPath([...path, key]), key: 'forbiddenKey' as const, values: { name: key } }]
      : findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key]),
  );
}

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Validates parsed JSON against the edition schema of `kind` (a `data/` file unless told otherwise).
 *
 * Never throws: a malformed edition comes back as `{ ok: false, issues }` listing every problem
 * zod found (shape problems first; cross-references are checked once the shape is right).
 */
export function parseEdition(input: unknown, kind: EditionKind = 'data'): EditionParseResult {
  // zod silently drops a "__proto__" key (JSON.parse keeps it as an own property); report it instead.
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  const schema = kind === 'data' ? editionSchema : userEditionSchema;
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, edition: result.data } : { ok: false, issues: toDataIssues(result.error.issues) };
}

/** Parsed JSON, or the syntax errors of a text (with line and column), never a throw. */
export type JsonParseResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly DataIssue[] };

/**
 * Parses JSON text: a leading byte-order mark is ignored, and each syntax error becomes a
 * `notJson` issue with its line and column.
 */
export function parseJsonText(text: string): JsonParseResult {
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const errors: ParseError[] = [];
  // jsonc-parser, unlike JSON.parse, says where every syntax error is. Its value is not used: it
  // assigns "__proto__" keys as prototypes, where JSON.parse keeps them as data to be reported.
  parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    return {
      ok: false,
      issues: errors.map((error) => {
        const { line, column } = lineAndColumn(source, error.offset);
        return {
          path: '',
          key: 'notJson' as const,
          values: { message: printParseErrorCode(error.error), line, column },
        };
      }),
    };
  }
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', key: 'notJson', values: { message: (error as Error).message, line: 1, column: 1 } }],
    };
  }
}

/** Parses and validates the text of a data file (see {@link parseJsonText} and {@link parseEdition}). */
export function parseEditionText(text: string, kind: EditionKind = 'data'): EditionParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseEdition(json.value, kind) : json;
}
