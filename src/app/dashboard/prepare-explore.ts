import type { Edition } from '../../domain/edition/schema';
import type { Locale } from '../../domain/locale';
import { equalPercentWeights } from '../../features/decide/model/decide';
import { facetIndex } from '../../features/explore/model/facet-index';
import { isPinyinReady } from '../../features/explore/model/pinyin';
import { routeRowsFor } from '../../features/explore/model/route-rows';

/**
 * The explore view's work for `edition` in `locale`, as steps to run each in a task of its own
 * before the edition is shown: its table rows under equal weights (what a newly shown edition
 * starts with), their facet index, and their overall scores (the trend radars rank every row by
 * it). At 300 000 routes each takes 40–100 ms; in the render that shows them, with the query and
 * the table, the rows and the index made a task of over 300 ms. The render
 * finds them made when the weights are equal (`routeRowsFor` keeps them), and builds them itself
 * otherwise.
 */
export function explorePreparation(edition: Edition, locale: Locale): readonly (() => void)[] {
  let rows: ReturnType<typeof routeRowsFor> | undefined;
  return [
    () => {
      rows = routeRowsFor(edition, locale, equalPercentWeights(edition.criteria), { withPinyin: isPinyinReady() });
    },
    () => {
      if (rows) facetIndex(rows);
    },
    () => {
      // A row works out its overall score on first read, and the trend radars read every row's.
      rows?.forEach((row) => row.overall);
    },
  ];
}
