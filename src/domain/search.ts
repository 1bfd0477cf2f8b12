import type { Edition, LocalizedText, Route } from './edition-schema';

/**
 * Folds text for matching: NFKC turns full-width forms into their ASCII twins (`５Ｇ` → `5G`,
 * `ＡＩ` → `AI`), then case is folded, typographic apostrophes become `'` (OpenAI’s → openai's) and
 * whitespace runs collapse to one space.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

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
  // A separator no query can contain keeps a term from matching across two fields.
  return parts.map(normalizeForSearch).join(FIELD_SEPARATOR);
}

/**
 * Whether a normalised search text matches a query. Every whitespace-separated term of the query
 * must occur (AND); an empty or blank query matches everything.
 */
export function matchesQuery(searchText: string, query: string): boolean {
  const terms = normalizeForSearch(query.replaceAll(FIELD_SEPARATOR, ' ')).split(' ').filter(Boolean);
  return terms.every((term) => searchText.includes(term));
}
