/**
 * Work over `count` items as steps of at most `perStep` items each, to be run in order, each in a
 * task of its own: step `k` calls `work(start, end)` for items `start` up to (not including) `end`.
 * At least one step, so work that ends with the last step also ends for no items. The page runs
 * such steps between the import's hand-over and the render that shows its routes, so that no one
 * task builds an index or the rows of 300 000 routes.
 *
 * @param count items to work over, a non-negative integer
 * @param perStep a positive integer
 * @returns `max(1, ceil(count / perStep))` steps
 */
export function stepsOver(count: number, perStep: number, work: (start: number, end: number) => void): (() => void)[] {
  const steps: (() => void)[] = [];
  for (let start = 0; start < count || steps.length === 0; start += perStep) {
    const end = Math.min(start + perStep, count);
    steps.push(() => work(start, end));
  }
  return steps;
}
