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
  const valueOf = (item: T) => score(item) ?? -Infinity;
  // True when `a` ranks strictly before `b`.
  const before = (a: T, b: T) => {
    const difference = valueOf(a) - valueOf(b);
    if (difference !== 0 && !Number.isNaN(difference)) return difference > 0;
    return order !== undefined && order(a) < order(b);
  };
  if (items.length <= count) {
    return order === undefined ? [...items] : [...items].sort((a, b) => order(a) - order(b));
  }
  const best: T[] = [];
  for (const item of items) {
    const last = best.at(-1);
    if (best.length === count && last !== undefined && !before(item, last)) continue;
    let at = best.length;
    while (at > 0 && before(item, best[at - 1] as T)) at -= 1;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
