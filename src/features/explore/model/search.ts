import type { Edition, LocalizedText, Route } from '../../../domain/edition/schema';
import { normalizeForSearch } from '../../../domain/locale';

const FIELD_SEPARATOR = '\u241f';

function both(text: LocalizedText | undefined): string[] {
  return text ? [text.zh, text.en] : [];
}

/**
 * Everything a search can match for one route, in both languages, already normalised: name, full
 * name, aliases, its trend's name, strengths, weaknesses, tag labels and examples.
 */
export function buildSearchText(route: Route, edition: Pick<Edition, 'tags' | 'trends'>): string {
  const tagLabels = route.tags.flatMap((id) => both(edition.tags.find((tag) => tag.id === id)?.label));
  const trendName = both(edition.trends.find((trend) => trend.id === route.trendId)?.name);
  const parts = [
    route.id,
    ...both(route.name),
    ...both(route.fullName),
    ...route.aliases.flatMap(both),
    ...trendName,
    ...route.strengths.flatMap(both),
    ...route.weaknesses.flatMap(both),
    ...route.tags,
    ...tagLabels,
    ...route.examples.flatMap(both),
  ];
  return searchTextOf(parts);
}

/**
 * Texts joined into one search text, normalised, with a separator no query can contain between them,
 * so that a term never matches across two of them (all terms of a query may still match different ones).
 */
export function searchTextOf(parts: readonly string[]): string {
  return parts.map(normalizeForSearch).join(FIELD_SEPARATOR);
}

/**
 * A query as the terms a search text must all contain (AND): normalised, split at whitespace,
 * with the field separator removed so no term can match across two fields. A blank query gives none.
 */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query.replaceAll(FIELD_SEPARATOR, ' ')).split(' ').filter(Boolean);
}

/** True when every term (from {@link searchTerms}) occurs in `searchText`; no terms match everything. */
export function matchesTerms(searchText: string, terms: readonly string[]): boolean {
  // A plain loop: this runs for every route on every keystroke.
  for (const term of terms) if (!searchText.includes(term)) return false;
  return true;
}

/**
 * Where the terms of `query` occur in `text`, for highlighting: sorted, merged `[start, end)`
 * character ranges, matched case- and width-insensitively (`ＧＰＵ` marks `GPU`). Texts whose
 * folded form changes length (rare ligatures) get no ranges rather than wrong ones.
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const terms = normalizeForSearch(query).split(' ').filter(Boolean);
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
  if (terms.length === 0 || folded.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
