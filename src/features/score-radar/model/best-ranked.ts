/**
 * The `count` items with the highest `score`, best first (ties keep their order), in one pass: a
 * trend of 30 000 routes is not sorted to draw nine of them. A missing score (`undefined`) ranks
 * below every number. `count` ≥ 0; returns a new array of at most `count` items.
 */
export function bestRanked<T>(items: readonly T[], count: number, score: (item: T) => number | undefined): T[] {
  if (items.length <= count) return [...items];
  const best: T[] = [];
  const valueOf = (item: T) => score(item) ?? -Infinity;
  for (const item of items) {
    const last = best.at(-1);
    if (best.length === count && last !== undefined && valueOf(item) <= valueOf(last)) continue;
    let at = best.length;
    while (at > 0 && valueOf(item) > valueOf(best[at - 1] as T)) at -= 1;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
