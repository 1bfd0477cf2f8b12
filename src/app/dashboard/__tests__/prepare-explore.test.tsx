import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { EMPTY_PARAMS } from '../../../domain/view-state';
import { decodeViewState } from '../../../domain/view-state-codec';
import { RESERVED_CRITERION_IDS, routeIndex } from '../../../domain/edition/model';
import type { Edition } from '../../../domain/edition/schema';
import { equalPercentWeights } from '../../../features/decide/model/decide';
import { facetIndex } from '../../../features/explore/model/facet-index';
import { buildRouteRows, routeRowsFor, routeRowsInSteps } from '../../../features/explore/model/route-rows';
import { explorePreparation } from '../prepare-explore';
import { useExploreQuery } from '../use-explore-query';

/** The bundled edition with routes of its own, so no other test's rows are cached for them. */
function freshEdition(): Edition {
  const edition = bundledEdition();
  return { ...edition, routes: edition.routes.map((route) => ({ ...route })) };
}

function renderRows(edition: Edition, weights = equalPercentWeights(edition.criteria)) {
  const context = {
    routeIds: routeIndex(edition.routes),
    trendIds: new Set(edition.trends.map((trend) => trend.id)),
    tagIds: new Set(edition.tags.map((tag) => tag.id)),
    columnIds: new Set([...RESERVED_CRITERION_IDS, ...edition.criteria.map((criterion) => criterion.id)]),
    criterionIds: edition.criteria.map((criterion) => criterion.id),
  };
  const { state } = decodeViewState(EMPTY_PARAMS, context);
  return renderHook(() => useExploreQuery(edition, state, weights, 'zh')).result.current.rows;
}

describe('explorePreparation', () => {
  it('builds the rows and facet index the explore view then shows, for equal weights', () => {
    const edition = freshEdition();
    const steps = explorePreparation(edition, 'zh');
    for (const step of steps) step();
    const prepared = routeRowsFor(edition, 'zh', equalPercentWeights(edition.criteria));
    const shown = renderRows(edition);
    expect(shown).toBe(prepared);
    expect(shown[0]?.name).toBe(edition.routes[0]?.name.zh);
    // The facet index is kept per rows array: made by the steps, found by the query.
    expect(facetIndex(shown)).toBe(facetIndex(prepared));
  });

  it('leaves other weights to the render, which builds rows of its own', () => {
    const edition = freshEdition();
    for (const step of explorePreparation(edition, 'zh')) step();
    const prepared = routeRowsFor(edition, 'zh', equalPercentWeights(edition.criteria));
    const [first, ...rest] = edition.criteria;
    const costFirst = Object.fromEntries([
      [first?.id ?? '', 70],
      ...rest.map((criterion) => [criterion.id, 30 / rest.length]),
    ]);
    const shown = renderRows(edition, costFirst);
    expect(shown).not.toBe(prepared);
    expect(shown.map((row) => row.id)).toEqual(prepared.map((row) => row.id));
  });
});

describe('routeRowsFor', () => {
  it('gives the same rows for the same edition texts, locale and weights, and new ones when a trend is renamed', () => {
    const edition = freshEdition();
    const weights = equalPercentWeights(edition.criteria);
    const rows = routeRowsFor(edition, 'en', weights);
    expect(routeRowsFor({ ...edition }, 'en', { ...weights })).toBe(rows);
    const renamed = {
      ...edition,
      trends: edition.trends.map((trend, index) =>
        index === 0 ? { ...trend, name: { ...trend.name, en: 'Renamed' } } : trend,
      ),
    };
    const again = routeRowsFor(renamed, 'en', weights);
    expect(again).not.toBe(rows);
    expect(again.find((row) => row.trendId === edition.trends[0]?.id)?.trendName).toBe('Renamed');
    expect(routeRowsFor(renamed, 'zh', weights)).not.toBe(again);
  });
});

describe('routeRowsInSteps', () => {
  it('builds the rows a slice per step, and the last step keeps them for routeRowsFor', () => {
    const edition = freshEdition();
    const weights = equalPercentWeights(edition.criteria);
    const steps = routeRowsInSteps(edition, 'en', weights, 2);
    expect(steps).toHaveLength(Math.ceil(edition.routes.length / 2));
    for (const step of steps) step();
    const rows = routeRowsFor(edition, 'en', weights);
    const built = buildRouteRows(edition, 'en', weights);
    expect(rows.map((row) => [row.id, row.name, row.overall])).toEqual(
      built.map((row) => [row.id, row.name, row.overall]),
    );
    expect(routeRowsInSteps(edition, 'en', weights)).toEqual([]);
  });

  it('leaves rows the render asked for meanwhile in place', () => {
    const edition = freshEdition();
    const weights = equalPercentWeights(edition.criteria);
    const [first, ...rest] = routeRowsInSteps(edition, 'en', weights, 4);
    first?.();
    const shown = routeRowsFor(edition, 'en', weights);
    for (const step of rest) step();
    expect(routeRowsFor(edition, 'en', weights)).toBe(shown);
    expect(shown).toHaveLength(edition.routes.length);
  });
});
