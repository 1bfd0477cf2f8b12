import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { viewStateOf } from '../../../../tests/utils/view-state';
import type { RawParams } from '../../../domain/view-state';
import { equalWeights } from '../../../domain/scoring';
import { useExploreQuery } from '../use-explore-query';

// Pinyin's code fails to load once (the network down), then loads: a file of its own, since the
// module stays loaded for every later test of a file.
const failures = vi.hoisted(() => ({ left: 1 }));
vi.mock('../../../features/explore/model/pinyin', async (importActual) => {
  const actual = await importActual<typeof import('../../../features/explore/model/pinyin')>();
  return {
    ...actual,
    loadPinyin: () => {
      if (failures.left > 0) {
        failures.left -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return actual.loadPinyin();
    },
  };
});

const edition = bundledEdition();
const weights = equalWeights(edition.criteria);
const stateOf = viewStateOf(edition);

describe('useExploreQuery when pinyin failed to load', () => {
  it('says so for that search; a later Latin search waits for pinyin again and never says nothing matches', async () => {
    const renders: { query: string; pending: boolean; failed: boolean; rows: number }[] = [];
    const { rerender, result } = renderHook<ReturnType<typeof useExploreQuery>, { raw: Partial<RawParams> }>(
      ({ raw }) => {
        const query = useExploreQuery(edition, stateOf(raw), weights, 'en');
        renders.push({
          query: query.result.query,
          pending: query.searchPending,
          failed: query.pinyinFailed,
          rows: query.result.rows.length,
        });
        return query;
      },
      { initialProps: { raw: { q: 'kebiancheng' } } },
    );
    await waitFor(() => expect(result.current.pinyinFailed).toBe(true));
    // Without pinyin, the search is answered by letters alone: nothing matches, and the page says why.
    expect(result.current.result.rows).toHaveLength(0);
    rerender({ raw: {} });
    expect(result.current.pinyinFailed).toBe(false);
    renders.length = 0;
    rerender({ raw: { q: 'kebiancheng' } });
    await waitFor(() => expect(result.current.result.rows.map((row) => row.id)).toEqual(['fpga']));
    expect(result.current.pinyinFailed).toBe(false);
    // The failure was not said again, nor "no route matches" before pinyin's keys were built.
    const searched = renders.filter((render) => render.query === 'kebiancheng');
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.filter((render) => render.failed)).toEqual([]);
    expect(searched.filter((render) => render.rows === 0 && !render.pending)).toEqual([]);
  });
});
