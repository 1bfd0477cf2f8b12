import type { Edition } from '../../domain/edition/schema';
import type { Locale } from '../../domain/locale';
import { equalPercentWeights } from '../../features/decide/model/decide';
import { facetIndex } from '../../features/explore/model/facet-index';
import { routeRowsFor, routeRowsInSteps, stepsOver } from '../../features/explore/model/route-rows';

/** Rows per step that works out overall scores ahead (see {@link explorePreparation}). */
const OVERALL_PER_STEP = 100_000;

/**
 * The explore view's work for `edition` in `locale`, as steps to run each in a task of its own,
 * in order, before the edition is shown: its table rows under equal weights (what a newly shown
 * edition starts with), a slice of routes per step; their facet index; and their overall scores
 * (the trend radars rank every row by it), a slice per step. At 300 000 routes the rows and the
 * scores each took 40–100 ms in one task, more when garbage collection fell in it; in the render
 * that shows them, with the query and the table, the rows and the index made a task of over
 * 300 ms. The render finds them made when the weights are equal (`routeRowsFor` keeps them), and
 * builds them itself otherwise.
 */
export function explorePreparation(edition: Edition, locale: Locale): readonly (() => void)[] {
  const weights = equalPercentWeights(edition.criteria);
  const rows = () => routeRowsFor(edition, locale, weights);
  // A row works out its overall score on first read, and the trend radars read every row's.
  const overallSteps = stepsOver(edition.routes.length, OVERALL_PER_STEP, (start, end) =>
    rows()
      .slice(start, end)
      .forEach((row) => row.overall),
  );
  return [...routeRowsInSteps(edition, locale, weights), () => facetIndex(rows()), ...overallSteps];
}
