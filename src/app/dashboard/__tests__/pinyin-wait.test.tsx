import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../../tests/property/generators';
import { viewStateOf } from '../../../../tests/utils/view-state';
import type { RawParams } from '../../../domain/view-state';
import { equalWeights } from '../../../domain/scoring';
import { isPinyinReady } from '../../../features/explore/model/pinyin';
import { useExploreQuery } from '../use-explore-query';

// A file of its own: pinyin, once loaded, stays loaded for every later test of a file.
const edition = bundledEdition();
const weights = equalWeights(edition.criteria);
const stateOf = viewStateOf(edition);

describe('useExploreQuery before pinyin has loaded', () => {
  it('waits for pinyin when a Latin search finds nothing without it, then shows what pinyin finds', async () => {
    const { rerender, result } = renderHook(
      ({ raw }: { raw: Partial<RawParams> }) => useExploreQuery(edition, stateOf(raw), weights, 'en'),
      { initialProps: { raw: {} } },
    );
    // 可编程 (FPGA's Chinese name) in pinyin: no route's text holds these letters.
    expect(isPinyinReady()).toBe(false);
    const rowsBefore = result.current.rows;
    rerender({ raw: { q: 'kebiancheng' } });
    expect(result.current.searchPending).toBe(true);
    expect(result.current.result.rows).toHaveLength(edition.routes.length);
    await waitFor(() => expect(result.current.searchPending).toBe(false));
    expect(result.current.result.rows.map((row) => row.id)).toEqual(['fpga']);
    expect(result.current.result.query).toBe('kebiancheng');
    // Pinyin's arrival searched again over the same rows: none was built again for it.
    expect(result.current.rows).toBe(rowsBefore);
  });
});
