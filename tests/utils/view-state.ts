import { RESERVED_CRITERION_IDS, routeIndex } from '../../src/domain/edition/model';
import type { Edition } from '../../src/domain/edition/schema';
import { EMPTY_PARAMS, type RawParams, type ViewContext, type ViewState } from '../../src/domain/view-state';
import { decodeViewState } from '../../src/domain/view-state-codec';

/**
 * The view state an address with `values` gives for `edition`, decoded afresh on each call as the
 * address is on every change: new arrays with the same content. Problems are dropped.
 */
export function viewStateOf(edition: Edition): (values: Partial<RawParams>) => ViewState {
  const context: ViewContext = {
    routeIds: routeIndex(edition.routes),
    trendIds: new Set(edition.trends.map((trend) => trend.id)),
    tagIds: new Set(edition.tags.map((tag) => tag.id)),
    columnIds: new Set([...RESERVED_CRITERION_IDS, ...edition.criteria.map((criterion) => criterion.id)]),
    criterionIds: edition.criteria.map((criterion) => criterion.id),
  };
  return (values) => decodeViewState({ ...EMPTY_PARAMS, ...values }, context).state;
}
