import * as Slider from '@radix-ui/react-slider';
import { useId } from 'react';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import type { ScoreRange } from '../model/route-query';
import type { RangeColumn } from './routes-table-filters';

/** The scale a range is set on; the full scale is no filter. */
const SCALE: ScoreRange = [1, 5];

/**
 * One two-thumb slider (Radix, 1–5) per criterion and for the overall score, each with its range
 * in words. Loaded on demand with the Score ranges menu (see `RoutesTableFilters`).
 */
export function RangeSliders({
  columns,
  ranges,
  onRangesChange,
}: {
  readonly columns: readonly RangeColumn[];
  readonly ranges: Readonly<Record<string, ScoreRange>>;
  readonly onRangesChange: (ranges: Record<string, ScoreRange>) => void;
}) {
  const { t } = useUiLocale();
  const baseId = useId();
  return columns.map((column) => {
    const [min, max] = ranges[column.id] ?? SCALE;
    const labelId = `${baseId}-${column.id}`;
    return (
      <div key={column.id} className="range-row">
        <span id={labelId} className="range-row__label">
          {column.label}
        </span>
        <Slider.Root
          className="slider"
          value={[min, max]}
          min={SCALE[0]}
          max={SCALE[1]}
          step={column.step}
          minStepsBetweenThumbs={0}
          onValueChange={([low = min, high = max]) => {
            // The full scale is no filter at all: it leaves the address.
            const others = Object.entries(ranges).filter(([id]) => id !== column.id);
            const full = low === SCALE[0] && high === SCALE[1];
            onRangesChange(Object.fromEntries(full ? others : [...others, [column.id, [low, high]]]));
          }}
        >
          <Slider.Track className="slider__track">
            <Slider.Range className="slider__range" />
          </Slider.Track>
          <Slider.Thumb
            className="slider__thumb"
            aria-label={t('filters.rangeMin', { column: column.label })}
            aria-valuetext={String(min)}
          />
          <Slider.Thumb
            className="slider__thumb"
            aria-label={t('filters.rangeMax', { column: column.label })}
            aria-valuetext={String(max)}
          />
        </Slider.Root>
        <output className="range-row__value" aria-labelledby={labelId}>
          {t('filters.rangeValue', { min, max })}
        </output>
      </div>
    );
  });
}
