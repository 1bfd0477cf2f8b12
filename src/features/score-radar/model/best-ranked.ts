/**
 * The `count` items with the highest `score`, best first, in one pass: a trend of 30 000 routes is
 * not sorted to draw nine of them. A missing score (`undefined`) ranks below every number. Ties go
 * to the lower `order` (e.g. the route's place in its edition) when given, so the choice does not
 * depend on how `items` happen to be sorted; without it, ties keep their order in `items`. When
 * there are no more than `count` items, all are returned, by `order` if given, else as they are.
 * `count` ≥ 0; returns a new array of at most `count` items.
 */
export function bestRanked<T>(
  items: readonly T[],
  count: number,
  score: (item: T) => number | undefined,
  order?: (item: T) => number,
): T[] {
  // Each item's score is read once, and kept beside the items chosen so far.
  const valueOf = (item: T) => score(item) ?? -Infinity;
  // True when `a` (of value `aValue`) ranks strictly before `b`. Equal values, or ones that do not
  // compare (NaN), are a tie.
  const before = (a: T, aValue: number, b: T, bValue: number) => {
    if (aValue > bValue) return true;
    if (aValue < bValue) return false;
    return order !== undefined && order(a) < order(b);
  };
  if (items.length <= count) {
    return order === undefined ? [...items] : [...items].sort((a, b) => order(a) - order(b));
  }
  const best: T[] = [];
  const values: number[] = [];
  for (const item of items) {
    const value = valueOf(item);
    if (best.length === count) {
      const last = best[count - 1];
      if (last === undefined || !before(item, value, last, values[count - 1] as number)) continue;
    }
    let at = best.length;
    while (at > 0 && before(item, value, best[at - 1] as T, values[at - 1] as number)) at -= 1;
    best.splice(at, 0, item);
    values.splice(at, 0, value);
    if (best.length > count) {
      best.pop();
      values.pop();
    }
  }
  return best;
}
