import { normalizeForSearch } from '../../src/domain/locale';
import { queryRoutes, type RouteQuery } from '../../src/features/explore/model/route-query';
import { forgetLastSearch } from '../../src/features/explore/model/search-misses';
import type { Edition } from '../../src/domain/edition/schema';
import { loadPinyin } from '../../src/features/explore/model/pinyin';
import { buildRouteRows, type RouteRow } from '../../src/features/explore/model/route-rows';
import { routeSearchKeys } from '../../src/features/explore/model/search';
import { warmPinyinKeys } from '../../src/features/explore/model/search-keys';
import { generateEdition } from './generate';

/** One measured operation at one size: medians in milliseconds and their ratio (ours / baseline). */
export interface MicroResult {
  readonly operation: string;
  readonly routes: number;
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median time of one run, in ms. Small inputs repeat inside each sample (`inner` times), since
 * browsers round `performance.now()` to 0.1 ms.
 */
function time(run: () => unknown, repeats: number, inner: number): number {
  run(); // warm-up: JIT, and the text-rank cache that the real table also keeps between renders
  const samples: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    for (let round = 0; round < inner; round++) run();
    samples.push((performance.now() - start) / inner);
  }
  return median(samples);
}

const NONE: RouteQuery = { trendIds: [], tagIds: [], ranges: {}, query: '', sorting: [] };

/**
 * Times the table's own query path (`queryRoutes`, which also counts facets) against a plain-JS
 * baseline doing the same filtering or sorting on the same rows: `Array.prototype.sort` on a
 * precomputed key, or one `filter` pass.
 */
export async function runMicroBench(base: Edition, sizes: readonly number[]): Promise<MicroResult[]> {
  await loadPinyin();
  const results: MicroResult[] = [];
  const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
  for (const size of sizes) {
    const edition = generateEdition(base, size);
    // Pinyin's keys built, as before a reader's Latin search: the pinyin rows match by them.
    await new Promise<void>((resolve) => warmPinyinKeys(edition, resolve));
    const rows = buildRouteRows(edition, 'zh');
    const repeats = size >= 100_000 ? 7 : 15;
    const inner = Math.max(1, Math.round(100_000 / size));
    // Baseline keys, precomputed once as a plain-JS implementation would.
    const costKey = rows.map((row) => row.scores.cost);
    const trendNames = [...new Set(rows.map((row) => row.trendName))].sort(collator.compare);
    const trendRank = new Map(trendNames.map((name, index) => [name, index]));
    const byIndex = (compare: (a: number, b: number) => number) =>
      rows
        .map((_, index) => index)
        .sort(compare)
        .map((index) => rows[index]);
    const missingLast = (a: number | undefined, b: number | undefined, desc: boolean) =>
      a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : desc ? b - a : a - b;
    const search = (query: string) => {
      const folded = normalizeForSearch(query);
      return (row: RouteRow) => row.searchText.includes(folded);
    };
    const operations: { name: string; ours: RouteQuery | readonly RouteQuery[]; baseline: () => unknown }[] = [
      {
        name: 'sort by 1 column',
        ours: { ...NONE, sorting: [{ id: 'cost', desc: true }] },
        baseline: () => byIndex((a, b) => missingLast(costKey[a], costKey[b], true) || a - b),
      },
      {
        name: 'sort by 2 columns',
        ours: {
          ...NONE,
          sorting: [
            { id: 'trend', desc: false },
            { id: 'performance', desc: true },
          ],
        },
        baseline: () =>
          byIndex(
            (a, b) =>
              (trendRank.get(rows[a]?.trendName ?? '') ?? 0) - (trendRank.get(rows[b]?.trendName ?? '') ?? 0) ||
              missingLast(rows[a]?.scores.performance, rows[b]?.scores.performance, true) ||
              a - b,
          ),
      },
      {
        name: 'facet filter (trend)',
        ours: { ...NONE, trendIds: ['ai-chips'] },
        baseline: () => rows.filter((row) => row.trendId === 'ai-chips'),
      },
      {
        name: 'range filter (cost 3–5)',
        ours: { ...NONE, ranges: { cost: [3, 5] } },
        baseline: () => rows.filter((row) => row.scores.cost !== undefined && row.scores.cost >= 3),
      },
      {
        name: 'search, Latin (“route 12”)',
        ours: { ...NONE, query: 'route 12' },
        baseline: () => rows.filter(search('route 12')),
      },
      {
        // Two keystrokes: the second searches only the rows the first matched.
        name: 'search, typing on (“route 1”, “route 12”)',
        ours: [
          { ...NONE, query: 'route 1' },
          { ...NONE, query: 'route 12' },
        ],
        baseline: () => [rows.filter(search('route 1')), rows.filter(search('route 12'))],
      },
      {
        name: 'search, Chinese (“光伏”)',
        ours: { ...NONE, query: '光伏' },
        baseline: () => rows.filter(search('光伏')),
      },
      {
        name: 'search, pinyin (“guangfu”)',
        ours: { ...NONE, query: 'guangfu' },
        // The same work: a name matches by its text or by its pinyin.
        baseline: () => rows.filter((row) => row.searchText.includes('guangfu') || row.pinyinText.includes('guangfu')),
      },
    ];
    // The first sort on a column also builds its cached order (and the facet index): a fresh array
    // of the same rows makes every run a first time.
    results.push({
      operation: 'sort by 1 column, first time',
      routes: size,
      oursMs: time(
        () => queryRoutes([...rows], { ...NONE, sorting: [{ id: 'performance', desc: false }] }, collator),
        repeats,
        1,
      ),
      baselineMs: time(
        () => {
          const copy = [...rows];
          const key = copy.map((row) => row.scores.performance);
          return copy.map((_, index) => index).sort((a, b) => missingLast(key[a], key[b], false) || a - b);
        },
        repeats,
        1,
      ),
      ratio: 0,
    });
    const first = results.at(-1);
    if (first) results[results.length - 1] = { ...first, ratio: first.oursMs / first.baselineMs };
    // Every route's search keys, as an edition's are built once after it opens (not cached here:
    // `routeSearchKeys` is the work itself). The baseline joins the route's own texts (names,
    // strengths, weaknesses, tag ids) and lowercases them.
    const keysMs = time(() => edition.routes.map((route) => routeSearchKeys(route, edition)), repeats, 1);
    const keysBaselineMs = time(
      () =>
        edition.routes.map((route) =>
          [route.id, route.name.zh, route.name.en, ...route.strengths.flatMap((text) => [text.zh, text.en])]
            .concat(
              route.weaknesses.flatMap((text) => [text.zh, text.en]),
              route.tags,
            )
            .join(' ')
            .toLowerCase(),
        ),
      repeats,
      1,
    );
    results.push({
      operation: 'search keys, every route',
      routes: size,
      oursMs: keysMs,
      baselineMs: keysBaselineMs,
      ratio: keysMs / keysBaselineMs,
    });
    for (const operation of operations) {
      // Each search as if typed afresh: a repeat of the same one would skip the rows it missed.
      const oursMs = time(
        () => {
          forgetLastSearch(rows);
          return [operation.ours].flat().map((query) => queryRoutes(rows, query, collator));
        },
        repeats,
        inner,
      );
      const baselineMs = time(operation.baseline, repeats, inner);
      results.push({ operation: operation.name, routes: size, oursMs, baselineMs, ratio: oursMs / baselineMs });
    }
  }
  return results;
}
