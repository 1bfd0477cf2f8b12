import type { Edition } from '../../domain/edition/schema';
import type { Locale } from '../../domain/locale';
import { equalPercentWeights } from '../../features/decide/model/decide';
import { facetIndexBuilder, type FacetIndexBuilder } from '../../features/explore/model/facet-index';
import { routeRowsFor, routeRowsInSteps } from '../../features/explore/model/route-rows';
import { stepsOver } from '../../domain/steps';

/** Rows per step that indexes trends and tags, or works out overall scores, ahead (see {@link explorePreparation}). */
const ROWS_PER_STEP = 100_000;

/**
 * The explore view's work for `edition` in `locale`, as steps to run each in a task of its own,
 * in order, before the edition is shown: its table rows under equal weights (what a newly shown
 * edition starts with), a slice of routes per step; their facet index, and their overall scores
 * (the trend radars rank every row by it), a slice per step each. At 300 000 routes the rows and
 * the scores each took 40–100 ms in one task and the facet index 140–240 ms, more when garbage
 * collection fell in them; in the render that shows them, with the query and the table, the rows
 * and the index made a task of over 300 ms. The render finds them made when the weights are
 * equal (`routeRowsFor` keeps them), and builds them itself otherwise.
 */
export function explorePreparation(edition: Edition, locale: Locale): readonly (() => void)[] {
  const weights = equalPercentWeights(edition.criteria);
  const count = edition.routes.length;
  const rows = () => routeRowsFor(edition, locale, weights);
  // A row works out its overall score on first read, and the trend radars read every row's.
  const overallSteps = stepsOver(count, ROWS_PER_STEP, (start, end) =>
    rows()
      .slice(start, end)
      .forEach((row) => row.overall),
  );
  let facets: FacetIndexBuilder | undefined;
  const facetSteps = stepsOver(count, ROWS_PER_STEP, (start, end) => {
    facets ??= facetIndexBuilder(rows());
    facets.fill(start, end);
    if (end === count) facets.keep();
  });
  return [...routeRowsInSteps(edition, locale, weights), ...facetSteps, ...overallSteps];
}
