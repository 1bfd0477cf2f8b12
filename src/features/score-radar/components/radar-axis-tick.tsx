/** Props recharts passes to a custom angle-axis tick (the parts this tick reads). */
export interface AxisTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly cx?: number;
  readonly cy?: number;
  readonly textAnchor?: 'start' | 'middle' | 'end';
  readonly payload?: { readonly value?: unknown };
}

const LINE_HEIGHT = 15;
const HAN = /\p{Script=Han}/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * Splits a label into at most `maxLines` lines of at most `maxUnits` width units: Latin text breaks
 * between words, Chinese text between characters (a Han character counts as two units). Text that
 * does not fit ends the last line with "…" (the full label stays in the tick's tooltip).
 */
export function wrapLabel(label: string, maxUnits = 14, maxLines = 2): string[] {
  const width = (text: string) => graphemes(text).reduce((sum, char) => sum + (HAN.test(char) ? 2 : 1), 0);
  const tokens = label.split(/(\s+)/).flatMap((part) => (HAN.test(part) ? graphemes(part) : [part]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() !== '' && width(next.trim()) > maxUnits) {
      lines.push(line.trim());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = graphemes(kept[maxLines - 1] ?? '');
  while (last.length > 1 && width(last.join('')) > maxUnits - 1) last.pop();
  kept[maxLines - 1] = `${last.join('')}…`;
  return kept;
}

/**
 * An axis label that wraps instead of running off the chart, grows away from the centre (upwards
 * above it, downwards below it) and carries the full text as a tooltip. Labels of axes that point
 * mostly up or down are centred on their vertex, so that long ones do not run off the sides of a
 * narrow chart; only near-horizontal axes hang their label to the side.
 */
export function RadarAxisTick({ x = 0, y = 0, cx = 0, cy = 0, textAnchor = 'middle', payload }: AxisTickProps) {
  const label = typeof payload?.value === 'string' ? payload.value : '';
  const lines = wrapLabel(label);
  const left = Number(x);
  const top = Number(y);
  const mostlyVertical = Math.abs(top - cy) > Math.abs(left - cx) * 0.5;
  const anchor = mostlyVertical ? 'middle' : textAnchor;
  const above = top < cy - 1;
  const firstDy = above ? -(lines.length - 1) * LINE_HEIGHT - 4 : mostlyVertical ? 16 : 5;
  return (
    <text x={x} y={top} textAnchor={anchor} className="radar-axis-label">
      <title>{label}</title>
      {lines.map((line, index) => (
        <tspan key={`${index}-${line}`} x={x} dy={index === 0 ? firstDy : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A ring number (0 … top of the scale), upright and with a halo, placed on the radius line that
 * runs between two axes, where no route marker can sit on it.
 */
export function RadarRingTick({ x = 0, y = 0, payload }: Pick<AxisTickProps, 'x' | 'y' | 'payload'>) {
  const value = typeof payload?.value === 'number' ? payload.value : '';
  return (
    <text x={Number(x) + 3} y={Number(y)} dy={4} textAnchor="start" className="radar-ring-label">
      {value}
    </text>
  );
}
