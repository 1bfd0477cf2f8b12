import type { Edition, LocalizedText, Route } from '../../../domain/edition/schema';
import { normalizeForSearch } from '../../../domain/locale';

const FIELD_SEPARATOR = '\u241f';

/** What a route's search keys are made of: its names first, then everything else a search can match. */
export interface RouteSearchKeys {
  /** Everything a search can match, in both languages, normalised and joined (see {@link searchTextOf}). */
  readonly searchText: string;
  /** Its name, full name and aliases in both languages, each normalised, without repeats. */
  readonly nameKeys: readonly string[];
}

// Label lookups per edition's tags and trends, made once: a `find` per tag of each route cost
// tens of ms at 100 000 routes.
const labelMaps = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, LocalizedText>>();

function labelsOf<T extends { readonly id: string }>(
  items: readonly T[],
  label: (item: T) => LocalizedText,
): ReadonlyMap<string, LocalizedText> {
  let map = labelMaps.get(items);
  if (map === undefined) {
    map = new Map(items.map((item) => [item.id, label(item)]));
    labelMaps.set(items, map);
  }
  return map;
}

/**
 * A route's search keys: the text a search matches (its id, name, full name, aliases, its trend's
 * name, strengths, weaknesses, tag ids and labels and examples, in both languages) and its names'
 * keys, which rank name matches first. Tags and trends the edition does not have add nothing.
 */
export function routeSearchKeys(route: Route, edition: Pick<Edition, 'tags' | 'trends'>): RouteSearchKeys {
  // Pushed into one array, names first: spreading a dozen small arrays per route was half the
  // cost of building the keys of 100 000 routes.
  const parts: string[] = [route.id];
  const add = (text: LocalizedText | undefined) => {
    if (text) parts.push(text.zh, text.en);
  };
  add(route.name);
  add(route.fullName);
  for (const alias of route.aliases) add(alias);
  const namesEnd = parts.length;
  add(labelsOf(edition.trends, (trend) => trend.name).get(route.trendId));
  for (const strength of route.strengths) add(strength);
  for (const weakness of route.weaknesses) add(weakness);
  parts.push(...route.tags);
  const tagLabels = labelsOf(edition.tags, (tag) => tag.label);
  for (const id of route.tags) add(tagLabels.get(id));
  for (const example of route.examples) add(example);
  const searchText = searchTextOf(parts);
  // The normalised names are the search text's first fields, unless a text held the separator itself.
  const nameParts = parts.slice(1, namesEnd);
  const names = nameParts.some((part) => part.includes(FIELD_SEPARATOR))
    ? nameParts.map(normalizeForSearch)
    : searchText.split(FIELD_SEPARATOR, namesEnd).slice(1);
  return { searchText, nameKeys: [...new Set(names)] };
}

/**
 * Texts joined into one search text, normalised, with a separator no query can contain between them,
 * so that a term never matches across two of them (all terms of a query may still match different ones).
 * The same as normalising each text (`normalizeForSearch`) and joining them.
 */
export function searchTextOf(parts: readonly string[]): string {
  // Normalised once for the whole text, not once per part: four passes over a dozen short strings
  // per route cost more than the same passes over one. A part holding the separator itself would
  // lose the spaces beside it, so such parts take the slow way.
  if (parts.some((part) => part.includes(FIELD_SEPARATOR))) return parts.map(normalizeForSearch).join(FIELD_SEPARATOR);
  let text = parts.join(FIELD_SEPARATOR).normalize('NFKC').toLowerCase();
  // Each pass only where it changes something: testing is cheaper than a replace that copies.
  if (/[\u2018\u2019]/.test(text)) text = text.replace(/[\u2018\u2019]/g, "'");
  if (/[^\S ]| {2}/.test(text)) text = text.replace(/\s+/g, ' ');
  // A part's own leading and trailing spaces go, as `normalizeForSearch` trims each part.
  if (/ \u241f|\u241f /.test(text)) text = text.replace(/ ?\u241f ?/g, FIELD_SEPARATOR);
  return text.trim();
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
