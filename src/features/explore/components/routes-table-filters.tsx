import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { retryableLazy } from '../../../lib/retryable-lazy';
import type { ScoreRange } from '../model/route-query';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';
import { Menu } from '../../../components/ui/menu';

/** One facet value: its id, translated label and how many routes show if its toggle is flipped. */
export interface FacetOption {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

/** A numeric column a range can be set on: a criterion or the overall score. */
export interface RangeColumn {
  readonly id: string;
  readonly label: string;
  /** Slider step in score points: 1 for criteria, 0.5 for the overall score. */
  readonly step: number;
}

/** A column the reader can show or hide. */
export interface ColumnOption {
  readonly id: string;
  readonly label: string;
  readonly visible: boolean;
}

export interface RoutesTableFiltersProps {
  readonly tags: readonly FacetOption[];
  readonly tagIds: readonly string[];
  readonly onTagIdsChange: (tagIds: string[]) => void;
  readonly rangeColumns: readonly RangeColumn[];
  readonly ranges: Readonly<Record<string, ScoreRange>>;
  readonly onRangesChange: (ranges: Record<string, ScoreRange>) => void;
  readonly columns: readonly ColumnOption[];
  readonly onToggleColumn: (columnId: string) => void;
  readonly groupByTrend: boolean;
  readonly onGroupByTrendChange: (group: boolean) => void;
  /** Further menus placed after the table's own (e.g. export). */
  readonly extraMenus?: ReactNode;
}

const loadSliders = () => import('./range-sliders');
const preloadSliders = () => void loadSliders().catch(() => undefined);
// The sliders (and Radix Slider with them) load when the Score ranges menu first opens: most
// readers never open it, and the first view is lighter without them.
const RangeSliders = retryableLazy(async () => (await loadSliders()).RangeSliders);

/**
 * The table's further controls: a tag facet (toggles with live counts), score ranges per
 * criterion and for the overall score (two-thumb Radix sliders, 1–5), column visibility and
 * grouping by trend.
 */
export function RoutesTableFilters(props: RoutesTableFiltersProps) {
  const { t } = useUiLocale();
  const { tagIds, ranges } = props;
  const [rangesShown, setRangesShown] = useState(false);
  const activeRanges = Object.keys(ranges).length;
  const hidden = props.columns.filter((column) => !column.visible).length;

  return (
    <div className="filters">
      {props.tags.length > 0 ? (
        <div className="toggle-group toggle-group--small" role="group" aria-label={t('filters.tagLabel')}>
          <span className="filters__label" aria-hidden="true">
            {t('filters.tagLabel')}
          </span>
          {props.tags.map((tag) => (
            <FacetToggle
              key={tag.id}
              small
              label={tag.label}
              count={tag.count}
              pressed={tagIds.includes(tag.id)}
              onClick={() =>
                props.onTagIdsChange(
                  tagIds.includes(tag.id) ? tagIds.filter((id) => id !== tag.id) : [...tagIds, tag.id],
                )
              }
            />
          ))}
        </div>
      ) : null}
      <div className="filters__menus">
        <Menu
          label={activeRanges > 0 ? t('filters.rangesActive', { count: activeRanges }) : t('filters.ranges')}
          onOpenChange={(open) => {
            if (open) setRangesShown(true);
          }}
          onPointerEnter={preloadSliders}
        >
          <div className="menu__panel">
            {rangesShown ? (
              <Suspense fallback={<p className="hint">{t('filters.rangesLoading')}</p>}>
                <RangeSliders columns={props.rangeColumns} ranges={ranges} onRangesChange={props.onRangesChange} />
              </Suspense>
            ) : null}
          </div>
        </Menu>
        <Menu label={hidden > 0 ? t('filters.columnsHidden', { count: hidden }) : t('filters.columns')}>
          <fieldset className="menu__panel">
            <legend className="sr-only">{t('filters.columns')}</legend>
            {props.columns.map((column) => (
              <label key={column.id} className="check-row">
                <input
                  type="checkbox"
                  className="checkbox"
                  checked={column.visible}
                  onChange={() => props.onToggleColumn(column.id)}
                />
                {column.label}
              </label>
            ))}
          </fieldset>
        </Menu>
        <Button
          size="small"
          aria-pressed={props.groupByTrend}
          onClick={() => props.onGroupByTrendChange(!props.groupByTrend)}
        >
          {t('filters.groupByTrend')}
        </Button>
        {props.extraMenus}
      </div>
    </div>
  );
}

/**
 * One value of a facet as a toggle button: its label and, in brackets, how many routes would show
 * if it were flipped (selected, or cleared when selected). Its accessible name and tooltip say
 * which: "AI chips: 3 routes if selected". A pressed toggle that cannot be cleared by itself ("All"
 * of the trends) gives the routes shown now (`current`).
 */
export function FacetToggle({
  label,
  count,
  pressed,
  onClick,
  small = false,
  current = false,
  ...rest
}: {
  readonly label: string;
  readonly count: number;
  readonly pressed: boolean;
  readonly onClick: () => void;
  readonly small?: boolean;
  readonly current?: boolean;
  readonly 'data-trend'?: string;
}) {
  const { t } = useUiLocale();
  const name = t('filters.facetToggle', {
    label,
    count,
    context: pressed ? (current ? 'current' : 'clear') : 'select',
  });
  return (
    <Button
      size={small ? 'small' : undefined}
      className="toggle"
      aria-pressed={pressed}
      aria-label={name}
      title={name}
      onClick={onClick}
      {...rest}
    >
      {t('filters.countOption', { label, count })}
    </Button>
  );
}

/** One active filter, shown as a chip that removes it. */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
  readonly onRemove: () => void;
}

/**
 * The active filters as removable chips, with "Reset all"; nothing when no filter is active. A
 * removed chip's focus goes to the chip after it (or before it, when it was the last); with no
 * chip left, `onEmptied` places it (the button pressed is gone).
 */
export function ActiveFilterChips({
  chips,
  onResetAll,
  onEmptied,
}: {
  readonly chips: readonly FilterChip[];
  readonly onResetAll: () => void;
  readonly onEmptied: () => void;
}) {
  const { t } = useUiLocale();
  const group = useRef<HTMLDivElement>(null);
  // The chip removed by a click, and where it stood: focus moves once it is gone from the chips.
  const removed = useRef<{ readonly key: string; readonly index: number } | undefined>(undefined);
  useEffect(() => {
    const gone = removed.current;
    if (!gone || chips.some((chip) => chip.key === gone.key)) return;
    removed.current = undefined;
    const buttons = group.current?.querySelectorAll<HTMLButtonElement>('button.chip');
    const next = buttons?.[Math.min(gone.index, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [chips, onEmptied]);
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={t('filters.active')} ref={group}>
      {chips.map((chip, index) => (
        <button
          key={chip.key}
          type="button"
          className="chip"
          aria-label={t('filters.removeChip', { filter: chip.label })}
          onClick={() => {
            removed.current = { key: chip.key, index };
            chip.onRemove();
          }}
        >
          {chip.label}
          <span aria-hidden="true"> ✕</span>
        </button>
      ))}
      <Button variant="quiet" size="small" onClick={onResetAll}>
        {t('filters.resetAll')}
      </Button>
    </div>
  );
}
