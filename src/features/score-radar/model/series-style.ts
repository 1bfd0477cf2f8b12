/**
 * How the n-th series of a chart is drawn. Colours follow Paul Tol's colour-blind-safe "muted"
 * scheme, nine hues so that each route of the first edition has its own (as CSS variables, so each
 * theme tunes them for contrast); dashes and point symbols tell series apart without colour.
 */
export interface SeriesStyle {
  readonly color: string;
  readonly dash: string | undefined;
  readonly symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'wye';
}

const DASHES = [undefined, '7 4', '2 3', '10 3 2 3'] as const;
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;
const COLOR_COUNT = 9;

/** Style of the series at `index` (0-based); colours repeat after 9, dashes after 4, symbols after 7. */
export function seriesStyle(index: number): SeriesStyle {
  return {
    color: `var(--series-${(index % COLOR_COUNT) + 1})`,
    dash: DASHES[index % DASHES.length],
    symbol: SYMBOLS[index % SYMBOLS.length] ?? 'circle',
  };
}
