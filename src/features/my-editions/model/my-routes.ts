import type { Criterion, Edition, LocalizedText, Route, Tag, Trend } from '../../../domain/edition/schema';
import type { ImportResult } from './import-types';

/** The id of the "My routes" edition (imported routes, kept in the browser). */
export const MY_ROUTES_ID = 'my-routes';

/** Version of {@link MyRoutesRecord}; a stored record of another version is not read. */
export const MY_ROUTES_VERSION = 1;

/**
 * What is stored of "My routes": the routes and the criteria, trends and tags they refer to. The
 * edition's title and introduction are not stored; they come from the UI's locales when built.
 */
export interface MyRoutesRecord {
  readonly version: typeof MY_ROUTES_VERSION;
  readonly criteria: readonly Criterion[];
  readonly trends: readonly Trend[];
  readonly tags: readonly Tag[];
  readonly routes: readonly Route[];
}

/** The texts of the "My routes" edition, in both languages (from the UI's locales). */
export interface MyRoutesTexts {
  readonly title: LocalizedText;
  readonly shortTitle: LocalizedText;
  readonly introduction: LocalizedText;
  readonly summary: LocalizedText;
  readonly sourceTitle: LocalizedText;
}

/** The "My routes" edition built from a record (the shape `userEditionSchema` accepts). */
export function myRoutesEdition(record: MyRoutesRecord, texts: MyRoutesTexts): Edition {
  return {
    id: MY_ROUTES_ID,
    title: texts.title,
    shortTitle: texts.shortTitle,
    introduction: texts.introduction,
    summary: texts.summary,
    source: { title: texts.sourceTitle, language: 'zh' },
    criteria: [...record.criteria],
    tags: [...record.tags],
    trends: [...record.trends],
    // The record's own array, not a copy: neither is changed in place (each change makes a new
    // record), and what is kept per routes array (the route index) then serves both.
    routes: record.routes as Route[],
    presets: [],
  };
}

/** The record to store for an edition (its texts are left out). */
export function toMyRoutesRecord(edition: Pick<Edition, 'criteria' | 'trends' | 'tags' | 'routes'>): MyRoutesRecord {
  return {
    version: MY_ROUTES_VERSION,
    criteria: edition.criteria,
    trends: edition.trends,
    tags: edition.tags,
    routes: edition.routes,
  };
}

function byIdUnion<T extends { readonly id: string }>(first: readonly T[], second: readonly T[]): T[] {
  const ids = new Set(first.map((item) => item.id));
  return [...first, ...second.filter((item) => !ids.has(item.id))];
}

/**
 * "My routes" with an import's valid routes added after the ones it holds. Nothing already there
 * is replaced: the importer gave every new route an id of its own; trends and tags already held
 * keep their definitions. The criteria are those of the current record, or the import's when empty.
 *
 * @param heldIds the ids of `current`'s routes, when the caller has them already: the page keeps
 *   the route index of the routes it shows. Under Node, adding 10 000 routes to 300 000 took
 *   166–326 ms with a set of the held ids made for it, 17–34 ms with the index.
 */
export function addImported(
  current: MyRoutesRecord | undefined,
  imported: ImportResult,
  heldIds: Pick<ReadonlySet<string>, 'has'> = new Set(current?.routes.map((route) => route.id)),
): MyRoutesRecord {
  const held = current?.routes ?? [];
  const record = (routes: readonly Route[]): MyRoutesRecord => ({
    version: MY_ROUTES_VERSION,
    criteria: current && held.length > 0 ? current.criteria : imported.criteria,
    trends: byIdUnion(current?.trends ?? [], imported.trends),
    tags: byIdUnion(current?.tags ?? [], imported.tags),
    routes,
  });
  // Nothing held, or no imported id held (the usual case): the imported routes' own array serves.
  // At 300 000 routes, checking and copying each one made the merge a task of about 190 ms.
  if (held.length === 0) return record(imported.routes);
  if (!imported.routes.some((route) => heldIds.has(route.id))) return record(held.concat(imported.routes));
  // The importer avoided the ids it was told about; these were not (another tab imported
  // meanwhile). A new id is free of the held ids, of every imported id and of the ids given so
  // far: a route renamed "a-2" must not take the id an imported "a-2" keeps.
  const importedIds = new Set(imported.routes.map((route) => route.id));
  const given = new Set<string>();
  const taken = (id: string) => heldIds.has(id) || importedIds.has(id) || given.has(id);
  const freeId = (id: string) => {
    let n = 2;
    while (taken(`${id}-${n}`)) n += 1;
    const next = `${id}-${n}`;
    given.add(next);
    return next;
  };
  return record(
    held.concat(imported.routes.map((route) => (heldIds.has(route.id) ? { ...route, id: freeId(route.id) } : route))),
  );
}

/**
 * "My routes" without the routes in `routeIds`, and without the trends and tags no remaining
 * route uses. `undefined` when no route is left (the record is then deleted, not stored empty).
 */
export function removeRoutes(current: MyRoutesRecord, routeIds: ReadonlySet<string>): MyRoutesRecord | undefined {
  const routes = current.routes.filter((route) => !routeIds.has(route.id));
  if (routes.length === 0) return undefined;
  const trendIds = new Set(routes.map((route) => route.trendId));
  const tagIds = new Set(routes.flatMap((route) => route.tags));
  return {
    ...current,
    trends: current.trends.filter((trend) => trendIds.has(trend.id)),
    tags: current.tags.filter((tag) => tagIds.has(tag.id)),
    routes,
  };
}
