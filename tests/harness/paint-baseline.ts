import type { Edition } from '../../src/domain/edition/schema';
import { normalizeForSearch } from '../../src/domain/locale';
import { loadPinyin } from '../../src/features/explore/model/pinyin';
import { buildRouteRows } from '../../src/features/explore/model/route-rows';
import { warmPinyinKeys } from '../../src/features/explore/model/search-keys';

/** Rows the baseline writes: about what the dashboard's virtualised table shows at 1440 × 900. */
const VISIBLE_ROWS = 20;

/**
 * What the baseline of the paint bench does for one input of the dashboard (the same names the
 * bench gives its steps): `sort:cost` steps cost's sort through ascending, descending and none
 * (dropping any second key, as a plain click does), `sort:+performance` adds a second key, the
 * facets and the range switch on, `search:<text>` sets the search (empty clears it).
 */
export type BaselineInput = string;

/**
 * A plain-JS baseline for the paint bench, on the same page and the same routes as the dashboard:
 * it keeps the same filters and sort as the inputs set, and for each input filters and sorts all
 * routes (one pass, `Array.prototype.sort` on precomputed keys; search keys precomputed as the
 * table's are), writes the first {@link VISIBLE_ROWS} rows into a table of its own, and waits two
 * frames. Resolves with the milliseconds from the input to then.
 *
 * Throws when the page has no `#paint-baseline` table body.
 */
export async function installPaintBaseline(edition: Edition): Promise<(input: BaselineInput) => Promise<number>> {
  await loadPinyin();
  await new Promise<void>((resolve) => warmPinyinKeys(edition, resolve));
  // Precomputed once, as any implementation would: the search text (with pinyin) and the scores.
  const rows = buildRouteRows(edition, 'en').map((row) => ({
    id: row.id,
    name: row.name,
    trendId: row.trendId,
    tags: row.tagIds,
    text: row.searchText,
    pinyin: row.pinyinText,
    cost: row.scores.cost,
    performance: row.scores.performance,
  }));
  type Row = (typeof rows)[number];
  const state = {
    sort: [] as { key: 'cost' | 'performance'; desc: boolean }[],
    trend: undefined as string | undefined,
    tag: undefined as string | undefined,
    minCost: undefined as number | undefined,
    query: '',
  };
  const apply = (input: BaselineInput) => {
    if (input === 'sort:cost') {
      const cost = state.sort.find((key) => key.key === 'cost');
      state.sort = !cost ? [{ key: 'cost', desc: false }] : cost.desc ? [] : [{ key: 'cost', desc: true }];
    } else if (input === 'sort:+performance') state.sort = [...state.sort, { key: 'performance', desc: false }];
    else if (input === 'facet:ai-chips') state.trend = 'ai-chips';
    else if (input === 'facet:tag') state.tag = 'edge';
    else if (input === 'range:cost') state.minCost = 2;
    else if (input.startsWith('search:')) state.query = normalizeForSearch(input.slice('search:'.length));
  };
  const missingLast = (a: number | undefined, b: number | undefined, desc: boolean) =>
    a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : desc ? b - a : a - b;

  return async (input) => {
    const body = document.querySelector('#paint-baseline tbody');
    if (!body) throw new Error('the harness page has no #paint-baseline table');
    const start = performance.now();
    apply(input);
    const shown = rows.filter(
      (row: Row) =>
        (state.trend === undefined || row.trendId === state.trend) &&
        (state.tag === undefined || row.tags.includes(state.tag)) &&
        (state.minCost === undefined || (row.cost !== undefined && row.cost >= state.minCost)) &&
        (state.query === '' || row.text.includes(state.query) || row.pinyin.includes(state.query)),
    );
    if (state.sort.length > 0)
      shown.sort((a, b) => {
        for (const { key, desc } of state.sort) {
          const order = missingLast(a[key], b[key], desc);
          if (order !== 0) return order;
        }
        return 0;
      });
    body.replaceChildren(
      ...shown.slice(0, VISIBLE_ROWS).map((row) => {
        const line = document.createElement('tr');
        for (const text of [row.name, String(row.cost ?? '—'), String(row.performance ?? '—')]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          line.append(cell);
        }
        return line;
      }),
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  };
}
