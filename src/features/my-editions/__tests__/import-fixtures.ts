import { parseEdition } from '../../../domain/edition/issues';
import type { Edition } from '../../../domain/edition/schema';
import { importText } from '../model/import-file';
import type { ImportContext } from '../model/import-types';
import { importTexts } from '../bilingual-texts';
import { editionJson } from '../../../../tests/utils/edition';

/** The bundled edition, the routes, trends and criteria the import tests match against. */
export function bundled(): Edition {
  const parsed = parseEdition(editionJson());
  if (!parsed.ok) throw new Error('the bundled edition must be valid');
  return parsed.edition;
}

/** What an import of `fileName` matches against: `edition`'s routes, with `taken` ids already in "My routes". */
export function contextFor(edition: Edition, fileName = 'routes.csv', taken: readonly string[] = []): ImportContext {
  return {
    fileName,
    criteria: edition.criteria,
    trends: edition.trends,
    tags: edition.tags,
    sourceRoutes: edition.routes,
    takenRouteIds: new Set(taken),
  };
}

/** Imports `text` as a file named `fileName`, against `edition`, with criteria not fixed ("My routes" empty). */
export function importCsv(text: string, edition = bundled(), fileName = 'routes.csv') {
  return importText(text, contextFor(edition, fileName), importTexts, { criteriaFixed: false });
}
