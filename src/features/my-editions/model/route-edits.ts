import type { Locale } from '../../../domain/locale';
import { CITE_PATTERN } from '../../../domain/edition/model';
import { type UserEdition, type UserRoute, type UserTag } from './user-edition';
import { slugId } from './new-user-edition';
import { omitKey, withText } from './user-edition-edits';

/**
 * The editor's edits of a user edition's routes: names, groups, the lists of strengths, weaknesses
 * and examples, and tags (the score grid's cells are in ./score-edits). Pure: each returns the next edition (the same
 * object when nothing changes).
 */

/** A route's lists of texts. */
export type RouteList = 'strengths' | 'weaknesses' | 'examples';

/** The edition with the route at `index` replaced by `update(route)` (the same edition when nothing changes). */
export function updateRoute(edition: UserEdition, index: number, update: (route: UserRoute) => UserRoute): UserEdition {
  const route = edition.routes[index];
  if (!route) return edition;
  const next = update(route);
  return next === route
    ? edition
    : { ...edition, routes: edition.routes.map((item, i) => (i === index ? next : item)) };
}

/** The edition with a new last route named `name` in `locale`, in group `trendId` (none: ungrouped). */
export function addRoute(edition: UserEdition, locale: Locale, name: string, trendId?: string): UserEdition {
  const taken = new Set(edition.routes.map((route) => route.id));
  const route: UserRoute = {
    id: slugId(name, taken, 'route'),
    ...(trendId === undefined ? {} : { trendId }),
    name: withText(undefined, locale, name.trim()),
    strengths: [],
    weaknesses: [],
    tags: [],
    examples: [],
    scores: {},
  };
  return { ...edition, routes: [...edition.routes, route] };
}

/** The edition without the route at `index` (and without tags no other route uses). */
export function removeRoute(edition: UserEdition, index: number): UserEdition {
  if (!edition.routes[index]) return edition;
  return withoutUnusedTags({ ...edition, routes: edition.routes.filter((_, i) => i !== index) }, edition);
}

/** The edition with the route's name set in `locale`. */
export function setRouteName(edition: UserEdition, index: number, locale: Locale, value: string): UserEdition {
  return updateRoute(edition, index, (route) => ({ ...route, name: withText(route.name, locale, value) }));
}

/** The edition with the route in group `trendId`, or ungrouped when `undefined`. */
export function setRouteTrend(edition: UserEdition, index: number, trendId: string | undefined): UserEdition {
  return updateRoute(edition, index, (route) => {
    if (route.trendId === trendId) return route;
    return trendId === undefined ? omitKey(route, 'trendId') : { ...route, trendId };
  });
}

/** The edition with an empty text added at the end of one of the route's lists. */
export function addListItem(edition: UserEdition, index: number, list: RouteList): UserEdition {
  return updateRoute(edition, index, (route) => ({ ...route, [list]: [...route[list], {}] }));
}

/** The edition with item `item` of one of the route's lists set in `locale`. */
export function setListItem(
  edition: UserEdition,
  index: number,
  list: RouteList,
  item: number,
  locale: Locale,
  value: string,
): UserEdition {
  return updateRoute(edition, index, (route) => {
    if (item < 0 || item >= route[list].length) return route;
    return { ...route, [list]: route[list].map((text, i) => (i === item ? withText(text, locale, value) : text)) };
  });
}

/**
 * The edition without item `item` of one of the route's lists. Scores that cite it lose that cite,
 * and cites of later items are renumbered (`strengths[3]` becomes `strengths[2]`), so every cite
 * still names the clause it named.
 */
export function removeListItem(edition: UserEdition, index: number, list: RouteList, item: number): UserEdition {
  return updateRoute(edition, index, (route) => {
    if (item < 0 || item >= route[list].length) return route;
    const renumber = (cites: readonly string[]): string[] =>
      cites.flatMap((cite) => {
        const match = CITE_PATTERN.exec(cite);
        if (!match || match[1] !== list) return [cite];
        const at = Number(match[2]);
        if (at === item) return [];
        return [at > item ? `${list}[${at - 1}]` : cite];
      });
    const scores =
      list === 'examples'
        ? route.scores
        : Object.fromEntries(
            Object.entries(route.scores).map(([id, score]) => [id, { ...score, cites: renumber(score.cites) }]),
          );
    return { ...route, [list]: route[list].filter((_, i) => i !== item), scores };
  });
}

/** Splits a typed list of tags on commas (also `，` and `、`), trimmed, without blanks or repeats. */
export function parseTagLabels(text: string): string[] {
  const labels = text
    .split(/[,，、]/)
    .map((label) => label.trim())
    .filter(Boolean);
  return labels.filter((label, i) => labels.findIndex((other) => fold(other) === fold(label)) === i);
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The edition with the route's tags set from typed labels (see {@link parseTagLabels}). A label
 * matching an existing tag's label in either language (case folded) uses that tag; any other
 * becomes a new tag labelled in `locale`, with an id from the label. Tags that no route uses any
 * more are dropped, so typing "data" never leaves tags "d", "da" and "dat" behind.
 */
export function setRouteTags(edition: UserEdition, index: number, locale: Locale, text: string): UserEdition {
  const route = edition.routes[index];
  if (!route) return edition;
  const tags: UserTag[] = [...edition.tags];
  const taken = new Set(tags.map((tag) => tag.id));
  const ids: string[] = [];
  for (const label of parseTagLabels(text)) {
    const known = tags.find((tag) =>
      [tag.label.zh, tag.label.en, tag.id].some((name) => name !== undefined && fold(name) === fold(label)),
    );
    if (known) {
      if (!ids.includes(known.id)) ids.push(known.id);
      continue;
    }
    const id = slugId(label, taken, 'tag');
    taken.add(id);
    tags.push({ id, label: withText(undefined, locale, label) });
    ids.push(id);
  }
  const next = {
    ...edition,
    tags,
    routes: edition.routes.map((item, i) => (i === index ? { ...item, tags: ids } : item)),
  };
  return withoutUnusedTags(next, edition);
}

/** `edition` without the tags no route uses that `before` did use (tags never used stay: they were put there). */
function withoutUnusedTags(edition: UserEdition, before: UserEdition): UserEdition {
  const used = new Set(edition.routes.flatMap((route) => route.tags));
  const usedBefore = new Set(before.routes.flatMap((route) => route.tags));
  const beforeIds = new Set(before.tags.map((tag) => tag.id));
  const tags = edition.tags.filter((tag) => used.has(tag.id) || (beforeIds.has(tag.id) && !usedBefore.has(tag.id)));
  return tags.length === edition.tags.length ? edition : { ...edition, tags };
}
