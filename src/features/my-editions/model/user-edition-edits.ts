import type { Locale } from '../../../domain/locale';
import { RESERVED_CRITERION_IDS } from '../../../domain/edition/model';
import {
  MAX_CRITERIA,
  MIN_CRITERIA,
  UNGROUPED_TREND_ID,
  type UserCriterion,
  type UserEdition,
  type UserText,
  type UserTrend,
} from './user-edition';
import { slugId } from './new-user-edition';

/**
 * The editor's edits of a user edition's title, criteria and groups, as pure functions: each takes
 * the edition and returns the next one (the same object when the edit is refused or changes
 * nothing). Routes, their lists, tags and scores are in ./route-edits.
 */

/** `text` with `locale` set to `value`; an empty value removes that language (the other stays). */
export function withText(text: UserText | undefined, locale: Locale, value: string): UserText {
  const next: { zh?: string; en?: string } = { ...text };
  if (value === '') Reflect.deleteProperty(next, locale);
  else next[locale] = value;
  return next;
}

/** A copy of `record` without `key` (for dropping an optional field rather than setting it undefined). */
export function omitKey<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const copy = { ...record };
  Reflect.deleteProperty(copy, key);
  return copy;
}

/** The edition with its title or introduction (the question it answers) set in `locale`. */
export function setEditionText(
  edition: UserEdition,
  field: 'title' | 'introduction',
  locale: Locale,
  value: string,
): UserEdition {
  return { ...edition, [field]: withText(edition[field], locale, value) };
}

/** Which text of a criterion: its label, definition, or what a 1, 3 or 5 means. */
export type CriterionTextField = 'label' | 'definition' | 'low' | 'mid' | 'high';

/** Whether another criterion may be added (fewer than {@link MAX_CRITERIA}). */
export function canAddCriterion(edition: UserEdition): boolean {
  return edition.criteria.length < MAX_CRITERIA;
}

/** Whether a criterion may be removed (more than {@link MIN_CRITERIA}). */
export function canRemoveCriterion(edition: UserEdition): boolean {
  return edition.criteria.length > MIN_CRITERIA;
}

/**
 * The edition with a new last criterion labelled `label` in `locale` (possibly empty). Its id comes
 * from the label (`Team familiarity` → `team-familiarity`; `criterion` when the label has no Latin
 * letters or digits), unlike every other criterion's and the table's fixed columns, and never
 * changes after (renaming keeps it). Unchanged at {@link MAX_CRITERIA}.
 */
export function addCriterion(edition: UserEdition, locale: Locale, label: string): UserEdition {
  if (!canAddCriterion(edition)) return edition;
  const taken = new Set<string>([...RESERVED_CRITERION_IDS, ...edition.criteria.map((criterion) => criterion.id)]);
  const criterion: UserCriterion = {
    id: slugId(label, taken, 'criterion'),
    label: withText(undefined, locale, label.trim()),
    definition: {},
    scale: { low: {}, high: {} },
  };
  return { ...edition, criteria: [...edition.criteria, criterion] };
}

/** The edition with one text of the criterion at `index` set in `locale`. */
export function setCriterionText(
  edition: UserEdition,
  index: number,
  field: CriterionTextField,
  locale: Locale,
  value: string,
): UserEdition {
  const criterion = edition.criteria[index];
  if (!criterion) return edition;
  let next: UserCriterion;
  if (field === 'label' || field === 'definition') {
    next = { ...criterion, [field]: withText(criterion[field], locale, value) };
  } else {
    const text = withText(criterion.scale[field], locale, value);
    const scale = { ...criterion.scale, [field]: text };
    // "What a 3 means" is optional: an emptied one goes, so it leaves no empty object behind.
    if (field === 'mid' && !text.zh && !text.en) delete scale.mid;
    next = { ...criterion, scale };
  }
  return { ...edition, criteria: edition.criteria.map((item, i) => (i === index ? next : item)) };
}

/** The edition with the criterion at `index` moved by `delta` places (−1: up); unchanged past an end. */
export function moveCriterion(edition: UserEdition, index: number, delta: number): UserEdition {
  const to = index + delta;
  if (index < 0 || index >= edition.criteria.length || to < 0 || to >= edition.criteria.length) return edition;
  const criteria = [...edition.criteria];
  const [moved] = criteria.splice(index, 1);
  if (moved) criteria.splice(to, 0, moved);
  return { ...edition, criteria };
}

/**
 * The edition without the criterion at `index`, its scores and its preset weights. Unchanged when it
 * is the last one (a comparison needs {@link MIN_CRITERIA}).
 */
export function removeCriterion(edition: UserEdition, index: number): UserEdition {
  const criterion = edition.criteria[index];
  if (!criterion || !canRemoveCriterion(edition)) return edition;
  const without = <V>(record: Readonly<Record<string, V>>): Record<string, V> =>
    Object.fromEntries(Object.entries(record).filter(([id]) => id !== criterion.id));
  return {
    ...edition,
    criteria: edition.criteria.filter((_, i) => i !== index),
    routes: edition.routes.map((route) =>
      Object.hasOwn(route.scores, criterion.id) ? { ...route, scores: without(route.scores) } : route,
    ),
    presets: edition.presets.map((preset) =>
      Object.hasOwn(preset.weights, criterion.id) ? { ...preset, weights: without(preset.weights) } : preset,
    ),
  };
}

/** The edition with a new group named `name` in `locale`; its id comes from the name, like a criterion's. */
export function addTrend(edition: UserEdition, locale: Locale, name: string): UserEdition {
  const taken = new Set<string>([UNGROUPED_TREND_ID, ...edition.trends.map((trend) => trend.id)]);
  const trend: UserTrend = { id: slugId(name, taken, 'group'), name: withText(undefined, locale, name.trim()) };
  return { ...edition, trends: [...edition.trends, trend] };
}

/** The edition with the group at `index` renamed in `locale`. */
export function setTrendName(edition: UserEdition, index: number, locale: Locale, value: string): UserEdition {
  const trend = edition.trends[index];
  if (!trend) return edition;
  const next = { ...trend, name: withText(trend.name, locale, value) };
  return { ...edition, trends: edition.trends.map((item, i) => (i === index ? next : item)) };
}

/** The edition without the group at `index`; its routes become ungrouped. */
export function removeTrend(edition: UserEdition, index: number): UserEdition {
  const trend = edition.trends[index];
  if (!trend) return edition;
  return {
    ...edition,
    trends: edition.trends.filter((_, i) => i !== index),
    routes: edition.routes.map((route) => (route.trendId === trend.id ? omitKey(route, 'trendId') : route)),
  };
}
