/** A weight for display: whole percentages as they are, others to one decimal (`33.3`). Unit: percent. */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
