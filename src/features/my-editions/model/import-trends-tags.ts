import { normalizeForSearch } from '../../../domain/locale';
import type { LocalizedText, Route, Tag, Trend } from '../../../domain/edition/schema';
import { both, slugify, uniqueId } from './csv-cells';
import type { ImportContext, ImportTexts } from './import-types';

/**
 * The trends and tags a CSV import's rows name: the known ones, matched by id or by name in either
 * language, and new ones created once for names no edition knows.
 */
export class ImportTrendsAndTags {
  /** Ids of known and new trends and tags: live sets, as the route schema checks references against them. */
  readonly trendIds: Set<string>;
  readonly tagIds: Set<string>;
  private readonly trendByName = new Map<string, Trend>();
  private readonly tagByName = new Map<string, Tag>();
  /** Trends and tags this import created, by id. */
  readonly newTrends = new Map<string, Trend>();
  readonly newTags = new Map<string, Tag>();

  constructor(
    private readonly context: ImportContext,
    private readonly texts: ImportTexts,
  ) {
    this.trendIds = new Set(context.trends.map((trend) => trend.id));
    this.tagIds = new Set(context.tags.map((tag) => tag.id));
    for (const trend of context.trends) {
      for (const name of [trend.id, trend.name.zh, trend.name.en]) {
        if (!this.trendByName.has(normalizeForSearch(name))) this.trendByName.set(normalizeForSearch(name), trend);
      }
    }
    for (const tag of context.tags) {
      for (const name of [tag.id, tag.label.zh, tag.label.en]) {
        if (!this.tagByName.has(normalizeForSearch(name))) this.tagByName.set(normalizeForSearch(name), tag);
      }
    }
  }

  /** The id of the trend a row's trend cell names (or its original's, or the unassigned one when blank). */
  trendFor(cell: string | undefined, original: Route | undefined): string {
    if (cell === undefined || cell === '') {
      if (original && this.trendIds.has(original.trendId)) return original.trendId;
      return this.ensureTrend('my-routes', this.texts.unassignedTrend.name, this.texts.unassignedTrend.overview);
    }
    const known = this.trendByName.get(normalizeForSearch(cell));
    if (known) return known.id;
    return this.ensureTrend(slugify(cell) || 'trend', both(cell), this.texts.newTrendOverview(this.context.fileName));
  }

  private ensureTrend(baseId: string, name: LocalizedText, overview: LocalizedText): string {
    const key = normalizeForSearch(name.en);
    const existing = this.trendByName.get(key) ?? this.trendByName.get(normalizeForSearch(name.zh));
    if (existing) return existing.id;
    const id = uniqueId(baseId, this.trendIds);
    const trend: Trend = {
      id,
      section: id,
      name,
      headline: name,
      overview,
      detailsIntro: overview,
      detailsExamples: [],
      details: [],
      advice: [],
    };
    this.newTrends.set(id, trend);
    this.trendByName.set(key, trend);
    this.trendByName.set(normalizeForSearch(name.zh), trend);
    return id;
  }

  /** The id of the tag a tag cell names, creating the tag when no edition knows it. */
  tagFor(label: string): string {
    const known = this.tagByName.get(normalizeForSearch(label));
    if (known) return known.id;
    const id = uniqueId(slugify(label) || 'tag', this.tagIds);
    const tag: Tag = { id, label: both(label) };
    this.newTags.set(id, tag);
    this.tagByName.set(normalizeForSearch(label), tag);
    return id;
  }
}
