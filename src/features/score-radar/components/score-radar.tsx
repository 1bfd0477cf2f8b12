import { memo, useId, useMemo, useRef, useState } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { SCORE_MAX } from '../../../domain/edition/model';
import type { Criterion, Route } from '../../../domain/edition/schema';
import { toRadarData, type RadarDatum } from '../model/radar-data';
import { RadarAxisTick, RadarRingTick } from './radar-axis-tick';
import { radarToSvg, svgToPng, type LegendEntry } from '../export-radar';
import { seriesStyle } from '../model/series-style';
import { downloadBlob } from '../../../lib/download';
import { formatList } from '../../../lib/i18n/format-list';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';

/** A route as the radar draws it: its id, display name and scores. */
export type RadarRoute = Pick<Route, 'id' | 'name' | 'scores'>;

export interface ScoreRadarProps {
  readonly routes: readonly RadarRoute[];
  readonly criteria: readonly Criterion[];
  /** Caption shown under the chart (the figure's accessible name). */
  readonly caption: string;
  /** Fixed pixel size; omit to fill the container's width (browser only: jsdom measures 0). */
  readonly size?: { readonly width: number; readonly height: number };
  /**
   * Fill the container's height as well as its width (an embed sized to its frame): the chart
   * takes what the legend and caption leave, with no card around it. Ignored with `size`.
   */
  readonly fill?: boolean;
  /** Animation off in tests; by default recharts follows `prefers-reduced-motion`. */
  readonly animate?: boolean;
  /**
   * Which series style (colour, dash, symbol) each route gets, by route id. Pass the same map to
   * every chart so a route looks the same everywhere; routes not in it use their position.
   */
  readonly styleIndex?: ReadonlyMap<string, number>;
  /** File name (without extension) for the SVG and PNG downloads; no download buttons without it. */
  readonly fileName?: string;
}

const TICKS = Array.from({ length: SCORE_MAX + 1 }, (_, index) => index);

interface TooltipEntry {
  readonly name?: unknown;
  readonly value?: unknown;
  readonly color?: string;
  readonly payload?: RadarDatum;
}

/**
 * A radar of routes × criteria in a `<figure>`: one polygon per route, the radius fixed from 0 at
 * the centre to the top of the scale at the outer ring (never fitted to the data), wrapped axis
 * labels, a legend whose buttons hide and show routes (the last visible one stays), a tooltip that
 * lists only visible routes, and a text alternative listing every score.
 */
// Memoised: the dashboard re-renders on every keystroke, and a chart whose props did not change
// need not redraw.
export const ScoreRadar = memo(function ScoreRadar({
  routes,
  criteria,
  caption,
  size,
  fill = false,
  animate,
  styleIndex,
  fileName,
}: ScoreRadarProps) {
  const figureRef = useRef<HTMLElement>(null);
  // Series still animating: an export waits for them, or it would capture a half-drawn frame.
  const animating = useRef(0);
  const { t, locale } = useUiLocale();
  const [hiddenIds, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  // When the routes change (a selection shrinks), never let the hidden set cover all of them.
  const hidden = routes.every((route) => hiddenIds.has(route.id)) ? new Set<string>() : hiddenIds;
  const descriptionId = useId();
  const captionId = useId();
  const data = useMemo(() => toRadarData(routes, criteria, locale), [routes, criteria, locale]);
  const visible = routes.filter((route) => !hidden.has(route.id));
  const styleOf = (routeId: string, position: number) => seriesStyle(styleIndex?.get(routeId) ?? position);

  const toggle = (id: string) =>
    setHidden(() => {
      const next = new Set(hidden);
      if (next.has(id)) next.delete(id);
      else if (visible.length > 1) next.add(id);
      return next;
    });

  const chartProps = size
    ? { width: size.width, height: size.height }
    : fill
      ? { responsive: true, style: { width: '100%', height: '100%' } }
      : { responsive: true, style: { width: '100%', aspectRatio: '6 / 5', maxHeight: 'var(--radar-height)' } };

  const exportChart = async (format: 'svg' | 'png') => {
    for (let waited = 0; animating.current > 0 && waited < 3000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const figure = figureRef.current;
    const surface = figure?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!figure || !surface) return;
    // The legend as drawn, with the colours the theme resolved.
    const legend: LegendEntry[] = [...figure.querySelectorAll('.legend__item')].map((button) => {
      const line = button.querySelector('line');
      return {
        name: button.textContent,
        color: line ? getComputedStyle(line).stroke : 'currentColor',
        dash: line?.getAttribute('stroke-dasharray') ?? undefined,
        hidden: button.getAttribute('aria-pressed') === 'false',
      };
    });
    const svg = radarToSvg(surface, caption, legend);
    if (format === 'svg') {
      downloadBlob(`${fileName}.svg`, new Blob([svg.text], { type: 'image/svg+xml' }));
    } else {
      downloadBlob(`${fileName}.png`, await svgToPng(svg, 2));
    }
  };

  return (
    <figure
      ref={figureRef}
      className={fill && !size ? 'radar radar--fill' : 'radar'}
      aria-labelledby={captionId}
      aria-describedby={descriptionId}
    >
      {/* Hidden from screen readers: the drawing reads as loose numbers and labels, while the
          figure's description below gives every score as text. */}
      <div className="radar__chart" aria-hidden="true">
        <RadarChart
          {...chartProps}
          // The figure's text alternative and the legend buttons serve keyboard and screen-reader
          // users; recharts' own layer would add an unnamed tab stop per chart.
          accessibilityLayer={false}
          data={data}
          outerRadius="85%"
          // An odd number of axes leaves a flat base at the bottom: move the centre down to use it.
          cy={criteria.length % 2 === 1 ? '58%' : '50%'}
          margin={{ top: 30, right: 44, bottom: 22, left: 44 }}
        >
          <PolarGrid gridType="polygon" />
          <PolarAngleAxis dataKey="label" tick={(props: object) => <RadarAxisTick {...props} />} />
          {routes.map((route, index) => {
            const style = styleOf(route.id, index);
            return (
              <Radar
                key={route.id}
                name={route.name[locale]}
                dataKey={(datum: RadarDatum) => datum.values[route.id]}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                fill={style.color}
                fillOpacity={0.12}
                dot={{ symbol: style.symbol, r: 4, fill: style.color } as never}
                hide={hidden.has(route.id)}
                isAnimationActive={animate ?? 'auto'}
                onAnimationStart={() => {
                  animating.current += 1;
                }}
                onAnimationEnd={() => {
                  animating.current = Math.max(0, animating.current - 1);
                }}
              />
            );
          })}
          <PolarRadiusAxis
            domain={[0, SCORE_MAX]}
            ticks={TICKS}
            tickCount={TICKS.length}
            allowDataOverflow
            // Halfway between the first two axes, where no route marker sits, and drawn after the
            // series so the numbers stay on top.
            angle={90 - 180 / Math.max(criteria.length, 1)}
            axisLine={false}
            tick={(props: object) => <RadarRingTick {...props} />}
          />
          <Tooltip
            content={({ active, payload }) => (
              <RadarTooltip
                active={active}
                entries={payload}
                visibleNames={new Set(visible.map((route) => route.name[locale]))}
              />
            )}
          />
        </RadarChart>
      </div>
      <ul className="legend" aria-label={t('charts.legendHint')}>
        {routes.map((route, index) => {
          const style = styleOf(route.id, index);
          const isVisible = !hidden.has(route.id);
          return (
            <li key={route.id}>
              <button
                type="button"
                className="legend__item"
                aria-pressed={isVisible}
                title={
                  isVisible && visible.length === 1
                    ? t('charts.lastSeries')
                    : t('charts.toggleSeries', { route: route.name[locale] })
                }
                onClick={() => toggle(route.id)}
                disabled={isVisible && visible.length === 1}
              >
                <svg className="legend__swatch" width="28" height="12" aria-hidden="true">
                  <line
                    x1="1"
                    y1="6"
                    x2="27"
                    y2="6"
                    stroke={style.color}
                    strokeWidth="2.5"
                    strokeDasharray={style.dash}
                  />
                </svg>
                <span>{route.name[locale]}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {fileName ? (
        <div className="radar__downloads">
          {(['svg', 'png'] as const).map((format) => (
            <Button
              key={format}
              variant="quiet"
              size="small"
              aria-label={t(`charts.download.${format}`, { chart: caption })}
              onClick={() => void exportChart(format)}
            >
              {format.toUpperCase()}
            </Button>
          ))}
        </div>
      ) : null}
      <figcaption id={captionId} className="radar__caption">
        {caption}
      </figcaption>
      <div id={descriptionId} className="sr-only">
        {routes.map((route) => (
          <p key={route.id}>
            {t('charts.description', {
              route: route.name[locale],
              scores: formatList(
                criteria.map((criterion) =>
                  t('charts.scoreItem', {
                    criterion: criterion.label[locale],
                    value: route.scores[criterion.id]?.value ?? t('routes.missing'),
                  }),
                ),
                locale,
              ),
            })}
          </p>
        ))}
      </div>
    </figure>
  );
});

function RadarTooltip({
  active,
  entries,
  visibleNames,
}: {
  readonly active: boolean | undefined;
  readonly entries: readonly TooltipEntry[];
  readonly visibleNames: ReadonlySet<string>;
}) {
  const { t } = useUiLocale();
  // recharts can keep hidden series in the payload; only what is drawn is listed.
  const shown = entries.filter((entry) => typeof entry.name === 'string' && visibleNames.has(entry.name));
  if (!active || shown.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{shown[0]?.payload?.label}</p>
      <ul>
        {shown.map((entry) => (
          <li key={String(entry.name)}>
            <span className="chart-tooltip__dot" style={{ background: entry.color }} aria-hidden="true" />
            {t('charts.tooltipItem', {
              route: String(entry.name),
              value: typeof entry.value === 'number' ? entry.value : t('routes.missing'),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
