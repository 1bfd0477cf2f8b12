import { z } from '../../../domain/zod';
import { toDataIssues, type DataIssue } from '../../../domain/edition/issues';
import { criterionSchema, tagSchema, userEditionSchema, type Edition } from '../../../domain/edition/schema';
import { MY_ROUTES_VERSION, myRoutesEdition, type MyRoutesRecord, type MyRoutesTexts } from './my-routes';

// Apart from ./my-routes: checking a stored record needs zod and the schemas, which the page
// only loads in the import worker.

// The record's own shape; the routes, trends and cross-references are checked as an edition.
const recordSchema = z.strictObject({
  version: z.literal(MY_ROUTES_VERSION),
  criteria: z.array(criterionSchema),
  trends: z.array(z.unknown()),
  tags: z.array(tagSchema),
  routes: z.array(z.unknown()),
});

/**
 * Checks a stored value (from IndexedDB, so possibly from an older version, or corrupt) and builds
 * the edition from it. `undefined` input (nothing stored) gives `{ ok: true, edition: undefined }`;
 * anything that is not a valid record gives `ok: false` with every problem. Never throws.
 */
export function validateStoredMyRoutes(
  stored: unknown,
  texts: MyRoutesTexts,
): { readonly ok: true; readonly edition: Edition | undefined } | { readonly ok: false; readonly issues: DataIssue[] } {
  if (stored === undefined) return { ok: true, edition: undefined };
  const record = recordSchema.safeParse(stored, { reportInput: true });
  if (!record.success) return { ok: false, issues: toDataIssues(record.error.issues) };
  const edition = userEditionSchema.safeParse(myRoutesEdition(record.data as MyRoutesRecord, texts), {
    reportInput: true,
  });
  return edition.success
    ? { ok: true, edition: edition.data }
    : { ok: false, issues: toDataIssues(edition.error.issues) };
}
