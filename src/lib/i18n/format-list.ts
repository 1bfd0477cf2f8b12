import { LOCALE_TAGS, type Locale } from '../../domain/locale';

// The `narrow` conjunction has no "and": `A, B, C` in English, `A、B、C` in Chinese (CLDR, the same
// in Node's ICU, which prerenders the page, and in browsers), so a list reads as one run of items.
const formats: Partial<Record<Locale, Intl.ListFormat>> = {};

/**
 * `items` as one list in the UI `locale`'s own punctuation: `['GPU', 'ASIC']` → `GPU, ASIC`
 * (English) or `GPU、ASIC` (Chinese). No items give `''`, one item itself. Use it for every list
 * of names or short phrases in a sentence; clauses and citations keep their own joiners.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return (formats[locale] ??= new Intl.ListFormat(LOCALE_TAGS[locale], {
    type: 'conjunction',
    style: 'narrow',
  })).format(items);
}
