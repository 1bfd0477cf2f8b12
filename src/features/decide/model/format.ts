/** A weight for display: whole percentages as they are, others to one decimal (`33.3`). Unit: percent. */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * A criterion label as it reads inside an English sentence ("Cost advantage" → "cost advantage");
 * Chinese has no case, so other locales get the label unchanged.
 */
export function inSentence(label: string, locale: string): string {
  return locale === 'en' ? label.charAt(0).toLocaleLowerCase('en') + label.slice(1) : label;
}

/** `text` as one line of Markdown: data may hold line breaks, which would break the one-sentence-per-line layout. */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
