import type { LocalizedText, Trend, TrendPoint } from '../../../domain/edition/schema';
import { matchesTerms, searchTerms, searchTextOf } from './search';

/**
 * Searching the article's own text about each trend: its technical details and its advice for
 * developers (titles, texts and named examples, both languages), which no route carries. A query
 * such as `Jetson`, `inference` or `推理` finds nothing among the routes but is in the article.
 *
 * Trend texts are few whatever the number of routes, so they are matched on their own, apart from
 * the route rows: the cost of a search at 100 000 routes does not change.
 */

/** The part of a trend's section a passage belongs to. */
export type ArticlePart = 'details' | 'advice';

interface Passage {
  readonly trendId: string;
  readonly part: ArticlePart;
  /** Index of the point in `trend.details` or `trend.advice`; `undefined` for the details' introduction. */
  readonly point: number | undefined;
  readonly searchText: string;
}

/** Where a query matched the article: one part of one trend, with the points it matched. */
export interface ArticleMatch {
  readonly trendId: string;
  readonly part: ArticlePart;
  /** Indexes of the matched points (of `details` or `advice`), in the article's order; empty when only the
   * introduction of the technical details matched. */
  readonly points: readonly number[];
}

function both(text: LocalizedText): string[] {
  return [text.zh, text.en];
}

function pointText(point: TrendPoint): string {
  return searchTextOf([...both(point.title), ...both(point.text), ...point.examples.flatMap(both)]);
}

// Built once per edition's trends (parsed data is never mutated).
const passageCache = new WeakMap<readonly Trend[], readonly Passage[]>();

function passagesOf(trends: readonly Trend[]): readonly Passage[] {
  let passages = passageCache.get(trends);
  if (!passages) {
    passages = trends.flatMap((trend): Passage[] => [
      {
        trendId: trend.id,
        part: 'details',
        point: undefined,
        searchText: searchTextOf([...both(trend.detailsIntro), ...trend.detailsExamples.flatMap(both)]),
      },
      ...trend.details.map((point, index) => ({
        trendId: trend.id,
        part: 'details' as const,
        point: index,
        searchText: pointText(point),
      })),
      ...trend.advice.map((point, index) => ({
        trendId: trend.id,
        part: 'advice' as const,
        point: index,
        searchText: pointText(point),
      })),
    ]);
    passageCache.set(trends, passages);
  }
  return passages;
}

/**
 * The parts of the trends' technical details and advice that `query` matches, in the article's order:
 * every term of the query (as the route search splits and folds it) must occur in one passage (the
 * details' introduction with its named examples, one technical detail, or one piece of advice). A blank
 * query matches nothing.
 */
export function matchArticle(trends: readonly Trend[], query: string): ArticleMatch[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const matches: { trendId: string; part: ArticlePart; points: number[] }[] = [];
  for (const passage of passagesOf(trends)) {
    if (!matchesTerms(passage.searchText, terms)) continue;
    let match = matches.find((item) => item.trendId === passage.trendId && item.part === passage.part);
    if (!match) {
      match = { trendId: passage.trendId, part: passage.part, points: [] };
      matches.push(match);
    }
    if (passage.point !== undefined) match.points.push(passage.point);
  }
  return matches;
}
