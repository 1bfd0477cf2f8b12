import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { viewStateOf } from '../../../../tests/utils/view-state';
import { generateEdition } from '../../../../tests/harness/generate';
import type { RawParams } from '../../../domain/view-state';
import { equalWeights, type Weights } from '../../../domain/scoring';
import type { Edition } from '../../../domain/edition/schema';
import { routeRowsFor } from '../../../features/explore/model/route-rows';
import { useExploreQuery } from '../use-explore-query';

const edition = bundledEdition();
const weights = equalWeights(edition.criteria);
const stateOf = viewStateOf(edition);

/** Every render's view state beside the route ids the query gave in that render. */
function renderQuery(initial: Partial<RawParams>, withInputUpTo?: number) {
  const renders: { query: string; answers: string; trendIds: readonly string[]; sorting: string; shown: string[] }[] =
    [];
  const hook = renderHook(
    ({ raw }) => {
      const state = stateOf(raw);
      const { result } = useExploreQuery(edition, state, weights, 'en', { withInputUpTo });
      renders.push({
        query: state.query,
        answers: result.query,
        trendIds: state.trendIds,
        sorting: JSON.stringify(state.sorting),
        shown: result.rows.map((row) => row.id),
      });
      return result;
    },
    { initialProps: { raw: initial } },
  );
  return { ...hook, renders };
}

describe('useExploreQuery', () => {
  it('renders a sort’s rows in the same render as the sort', () => {
    const { rerender, renders, result } = renderQuery({});
    const unsorted = result.current.rows.map((row) => row.id);
    rerender({ raw: { sort: 'cost.desc' } });
    const sorted = result.current.rows.map((row) => row.id);
    expect(sorted).not.toEqual(unsorted);
    const sortRenders = renders.filter((render) => render.sorting !== '[]');
    expect(sortRenders.length).toBeGreaterThan(0);
    for (const render of sortRenders) expect(render.shown).toEqual(sorted);
  });

  it('renders a trend facet’s rows in the same render as the click', () => {
    const { rerender, renders } = renderQuery({});
    rerender({ raw: { trend: 'ai-chips' } });
    const facetRenders = renders.filter((render) => render.trendIds.length > 0);
    expect(facetRenders.length).toBeGreaterThan(0);
    for (const render of facetRenders) expect(render.shown).toEqual(['gpu', 'asic', 'fpga']);
  });

  it('paints a typed letter first: its first render keeps the rows it had, and the rows follow', () => {
    const { rerender, renders, result } = renderQuery({});
    const before = result.current.rows.map((row) => row.id);
    rerender({ raw: { q: 'fpga' } });
    const typed = renders.filter((render) => render.query === 'fpga');
    expect(typed[0]?.shown).toEqual(before);
    // The rows still shown say which text they answer: their cells highlight that one.
    expect(typed[0]?.answers).toBe('');
    expect(typed.at(-1)?.shown).toEqual(['fpga']);
    expect(typed.at(-1)?.answers).toBe('fpga');
  });

  it('renders a cleared search’s rows with the clear, as Reset all clears it with the facets', () => {
    const { rerender, renders, result } = renderQuery({ q: 'fpga', trend: 'ai-chips' });
    expect(result.current.rows.map((row) => row.id)).toEqual(['fpga']);
    const every = renderQuery({}).result.current.rows.map((row) => row.id);
    rerender({ raw: {} });
    const cleared = renders.filter((render) => render.query === '');
    expect(cleared.length).toBeGreaterThan(0);
    for (const render of cleared) {
      expect(render.shown).toEqual(every);
      expect(render.answers).toBe('');
    }
  });

  it('past its size, paints a click first: the first render with the facet keeps the rows it had', () => {
    // Past `withInputUpTo` routes (200 000 in the page), a click's rows follow in a deferred render.
    // A Chinese search: a Latin one that finds nothing would wait for pinyin (below).
    const { rerender, renders } = renderQuery({ q: '可编程' }, 1);
    expect(renders.at(-1)?.shown).toEqual(['fpga']);
    rerender({ raw: { q: '可编程', trend: 'generative-ai' } });
    const filtered = renders.filter((render) => render.trendIds.length > 0);
    expect(filtered[0]?.shown).toEqual(['fpga']);
    expect(filtered.at(-1)?.shown).toEqual([]);
  });

  it('does not run the query again for a new decode of the same filters', () => {
    const { rerender, result } = renderQuery({ trend: 'ai-chips', sort: 'cost.asc' });
    const first = result.current;
    rerender({ raw: { trend: 'ai-chips', sort: 'cost.asc' } });
    expect(result.current).toBe(first);
  });

  it('builds a newly shown edition’s rows under its own weights, not first under the last edition’s', () => {
    const moved: Weights = Object.fromEntries(
      edition.criteria.map((criterion, index) => [criterion.id, index === 0 ? 100 : 0]),
    );
    const next: Edition = { ...edition, id: 'next', routes: [...edition.routes] };
    const nextWeights = equalWeights(next.criteria);
    const expected = routeRowsFor({ ...next, routes: [...next.routes] }, 'en', nextWeights).map((row) => row.overall);
    const overallByRender: { editionId: string; overall: (number | undefined)[] }[] = [];
    const { rerender } = renderHook(
      ({ shown, shownWeights }: { shown: Edition; shownWeights: Weights }) => {
        const { rows } = useExploreQuery(shown, stateOf({}), shownWeights, 'en');
        overallByRender.push({ editionId: shown.id, overall: rows.map((row) => row.overall) });
      },
      { initialProps: { shown: edition, shownWeights: moved } },
    );
    expect(overallByRender.at(-1)?.overall).not.toEqual(expected);
    rerender({ shown: next, shownWeights: nextWeights });
    const nextRenders = overallByRender.filter((render) => render.editionId === 'next');
    expect(nextRenders.length).toBeGreaterThan(0);
    for (const render of nextRenders) expect(render.overall).toEqual(expected);
  });

  describe('a search made before the search keys are built', () => {
    /** Generated routes named `Route 0 …` to `Route 39 …`, whose keys nothing has built yet. */
    const generated = () => generateEdition(edition, 40);
    // A search finds the routes that hold every one of its words; in these routes only the names
    // (and ids) hold digits.
    const named = (routes: Edition['routes'], query: string) =>
      routes
        .filter((route) => query.split(' ').every((word) => route.name.en.toLowerCase().includes(word)))
        .map((route) => route.id);

    /** The hook, and whether each render said the search was pending, beside the search typed. */
    function renderSearch(shown: Edition, searchKeysAtOnceUpTo: number) {
      const pending: { query: string; searchPending: boolean }[] = [];
      const hook = renderHook(
        ({ raw }: { raw: Partial<RawParams> }) => {
          const state = stateOf(raw);
          const query = useExploreQuery(shown, state, equalWeights(shown.criteria), 'en', { searchKeysAtOnceUpTo });
          pending.push({ query: state.query, searchPending: query.searchPending });
          return query;
        },
        { initialProps: { raw: {} } },
      );
      return { ...hook, pending };
    }

    it('past its size, waits for them with the other filters applied, then shows its rows', async () => {
      const shown = generated();
      const { rerender, result, pending } = renderSearch(shown, 10);
      rerender({ raw: { q: 'route 1', sort: 'cost.desc' } });
      // Said from the first render with the typed text, before the deferred one that leaves it out.
      expect(pending.find((render) => render.query === 'route 1')?.searchPending).toBe(true);
      expect(result.current.searchPending).toBe(true);
      expect(result.current.result.query).toBe('');
      expect(result.current.result.rows).toHaveLength(40);
      const costs = result.current.result.rows.map((row) => row.scores.cost ?? 0);
      expect(costs).toEqual([...costs].sort((a, b) => b - a));
      await waitFor(() => expect(result.current.searchPending).toBe(false));
      expect(result.current.result.query).toBe('route 1');
      const expected = named(shown.routes, 'route 1');
      expect(expected).toHaveLength(13);
      expect(result.current.result.rows.map((row) => row.id).sort()).toEqual(expected.sort());
    });

    it('up to its size, builds them itself and shows its rows at once', () => {
      const shown = generated();
      const { rerender, result } = renderSearch(shown, 40);
      rerender({ raw: { q: 'route 1' } });
      expect(result.current.searchPending).toBe(false);
      expect(result.current.result.rows.map((row) => row.id).sort()).toEqual(named(shown.routes, 'route 1').sort());
    });
  });
});
