/**
 * A drawn radar as a standalone SVG file: every colour and font the page's stylesheet gave it is
 * written onto the elements (CSS variables mean nothing outside the page), with a background, the
 * caption as a title and the legend drawn inside the SVG, and a font list that falls back to the
 * usual Chinese system fonts. Needs the live chart in the document (it reads computed styles).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** System fonts first, then Chinese ones, so Chinese labels render wherever the file is opened. */
const EXPORT_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const COPIED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
] as const;
const LEGEND_ROW = 22;

/** Splits `text` into lines no wider than `maxWidth` px in `font`: at spaces, or anywhere in Chinese. */
function wrapText(text: string, maxWidth: number, font: string): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [text];
  context.font = font;
  const tokens = text.match(
    /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|\s+/gu,
  ) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && context.measureText(candidate).width > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** One legend entry as drawn in the page: its name, colour and dash. */
export interface LegendEntry {
  readonly name: string;
  readonly color: string;
  readonly dash: string | undefined;
  readonly hidden: boolean;
}

/**
 * Serialises the chart `svg` (a recharts surface in the page) with `caption` above it and the
 * `legend` below it. Returns the SVG text and its size in CSS pixels.
 */
export function radarToSvg(
  svg: SVGSVGElement,
  caption: string,
  legend: readonly LegendEntry[],
): { readonly text: string; readonly width: number; readonly height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  live.forEach((element, index) => {
    const copy = copies[index];
    if (!copy) return;
    const style = getComputedStyle(element);
    for (const property of COPIED) {
      const value = style.getPropertyValue(property);
      if (value && value !== 'none' && !(property === 'opacity' && value === '1')) copy.setAttribute(property, value);
      else if (value === 'none' && (property === 'fill' || property === 'stroke')) copy.setAttribute(property, 'none');
    }
    // What the page's stylesheet hides stays hidden.
    if (style.display === 'none') copy.setAttribute('display', 'none');
    if (style.visibility === 'hidden') copy.setAttribute('visibility', 'hidden');
    if (element instanceof SVGTextElement || element instanceof SVGTSpanElement) {
      // Text halos (a stroke painted under the fill) do not survive every SVG renderer: drop them.
      if (style.getPropertyValue('paint-order').startsWith('stroke')) {
        copy.setAttribute('stroke', 'none');
        copy.removeAttribute('paint-order');
      }
      copy.setAttribute('font-size', style.fontSize);
      copy.setAttribute('font-weight', style.fontWeight);
      copy.setAttribute('font-family', EXPORT_FONTS);
    }
    copy.removeAttribute('style');
  });
  const figure = svg.closest('figure');
  const background = figure ? getComputedStyle(figure).backgroundColor : 'rgb(255, 255, 255)';
  const text = figure ? getComputedStyle(figure).color : 'rgb(0, 0, 0)';
  // The caption wraps to the chart's width (measured with the same font), word by word, or
  // character by character in Chinese.
  const lines = wrapText(caption, width - 32, `600 14px ${EXPORT_FONTS}`);
  const top = 16 + lines.length * 18 + 8;
  const legendHeight = legend.length * LEGEND_ROW + 12;
  const height = top + chartHeight + legendHeight;

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', EXPORT_FONTS);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = caption;
  out.append(title);
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  out.append(rect);
  lines.forEach((line, index) => {
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '16');
    heading.setAttribute('y', String(28 + index * 18));
    heading.setAttribute('font-size', '14');
    heading.setAttribute('font-weight', '600');
    heading.setAttribute('fill', text);
    heading.textContent = line;
    out.append(heading);
  });
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  out.append(clone);
  legend.forEach((entry, index) => {
    const y = top + chartHeight + 8 + index * LEGEND_ROW + LEGEND_ROW / 2;
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('x1', '16');
    line.setAttribute('x2', '44');
    line.setAttribute('y1', String(y));
    line.setAttribute('y2', String(y));
    line.setAttribute('stroke', entry.color);
    line.setAttribute('stroke-width', '2.5');
    if (entry.dash) line.setAttribute('stroke-dasharray', entry.dash);
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', '52');
    label.setAttribute('y', String(y + 4));
    label.setAttribute('font-size', '13');
    label.setAttribute('fill', text);
    if (entry.hidden) label.setAttribute('opacity', '0.55');
    label.textContent = entry.name;
    out.append(line, label);
  });
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

/** Renders SVG text to a PNG at `scale` × its CSS size (2 for a sharp image on high-density screens). */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
