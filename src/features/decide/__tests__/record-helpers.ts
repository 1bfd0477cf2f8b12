import type { i18n as I18n } from 'i18next';
import { parseEdition } from '../../../domain/edition/issues';
import { editionJson } from '../../../../tests/utils/edition';
import { createI18n } from '../../../lib/i18n/i18n';
import { bundledStrings } from '../../../lib/i18n/bundled-strings';
import { recordContext } from '../components/record-context';
import type { Locale } from '../../../domain/locale';
import type { Route } from '../../../domain/edition/schema';

const parsed = parseEdition(editionJson());
if (!parsed.ok) throw new Error('the bundled edition must be valid');
/** The article's edition, as the app parses it. */
export const edition = parsed.edition;
/** The article's routes by id, in the order given. */
export const routesOf = (...ids: string[]) => ids.map((id) => edition.routes.find((route) => route.id === id)!);

/**
 * `count` copies of the article's GPU, named `GPU 1`, `GPU 2`, …, every score stated: cost 5, 4, 3, 2,
 * then 1 for the rest, and 3 on the other criteria. One clear order, with GPU 1 first in every draw.
 */
export function gpusInOrder(count: number): Route[] {
  const [gpu] = routesOf('gpu') as [Route];
  return Array.from({ length: count }, (_, index) => ({
    ...gpu,
    id: `gpu-${index + 1}`,
    name: { zh: `GPU ${index + 1}`, en: `GPU ${index + 1}` },
    scores: Object.fromEntries(
      edition.criteria.map((criterion) => [
        criterion.id,
        {
          ...gpu.scores[criterion.id]!,
          value: criterion.id === 'cost' ? Math.max(1, 5 - index) : 3,
          confidence: 'stated' as const,
        },
      ]),
    ),
  }));
}

/** A text context in `locale` with the real strings, as the Decide view builds it. */
export async function contextIn(locale: Locale) {
  const i18n: I18n = createI18n({ lng: locale, strings: bundledStrings });
  await i18n.changeLanguage(locale);
  return recordContext(i18n.t.bind(i18n), locale, edition.criteria);
}
