import { createColumnHelper } from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import { UntranslatedMark } from '../../../components/ui/untranslated-mark';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { ScoreBar } from '../../../components/ui/score-bar';
import { ScoreDelta } from '../../../components/ui/score-delta';
import { EditedMark } from '../../../components/ui/edited-mark';
import { RESERVED_CRITERION_IDS } from '../../../domain/edition/model';
import type { Criterion } from '../../../domain/edition/schema';
import { Highlight } from './highlight';
import type { RoutesTableFeatures } from './table-features';
import type { RouteRow } from '../model/route-rows';

const column = createColumnHelper<RoutesTableFeatures, RouteRow>();

function SelectCell({
  row,
}: {
  readonly row: { original: RouteRow; getIsSelected(): boolean; toggleSelected(value?: boolean): void };
}) {
  const { t } = useUiLocale();
  return (
    <input
      type="checkbox"
      className="checkbox"
      checked={row.getIsSelected()}
      onChange={(event) => row.toggleSelected(event.target.checked)}
      aria-label={t('routes.selectRoute', { route: row.original.name })}
    />
  );
}

/** Which rows show their details, and how to toggle one (by route id). */
export const ExpansionContext = createContext<{
  readonly expanded: ReadonlySet<string>;
  readonly toggle: (routeId: string) => void;
}>({ expanded: new Set(), toggle: () => undefined });

function ExpandButton({ row }: { readonly row: RouteRow }) {
  const { t } = useUiLocale();
  const { expanded, toggle } = useContext(ExpansionContext);
  const open = expanded.has(row.id);
  return (
    <button
      type="button"
      className="expand-button"
      aria-expanded={open}
      aria-controls={open ? `details-${row.id}` : undefined}
      aria-label={t('routes.details', { route: row.name })}
      onClick={() => toggle(row.id)}
    >
      <span aria-hidden="true">{open ? '\u25be' : '\u25b8'}</span>
    </button>
  );
}

function TextList({ items, kind }: { readonly items: readonly string[]; readonly kind: 'strength' | 'weakness' }) {
  return (
    <ul className={`clause-list clause-list--${kind}`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Ids of the fixed columns; the schema keeps criteria off them (`RESERVED_CRITERION_IDS`). */
export const FIXED_COLUMN_IDS = RESERVED_CRITERION_IDS;

function BaselineBadge() {
  const { t } = useUiLocale();
  return <span className="badge badge--baseline">{t('baseline.badge')}</span>;
}

/**
 * The routes table's columns: route (with its selection checkbox), trend, one per criterion (in data order, id = the
 * criterion id), overall, strengths, weaknesses, tags. Ids never depend on the UI language; headers
 * are translated by `RoutesTableColumnHeader`. With a `baseline` row, every other row's scores show
 * their difference from it. Without `selectable` (an embed, where picks lead nowhere) the route cell
 * has no checkbox. Call once per (criteria, baseline, selectable) and keep the result.
 */
export function buildRouteColumns(criteria: readonly Criterion[], baseline?: RouteRow, selectable = true) {
  const delta = (row: RouteRow, value: number | undefined, base: number | undefined, digits = 0) =>
    // Scores compare routes within a trend, so only the baseline's own trend shows differences.
    baseline &&
    row.id !== baseline.id &&
    row.trendId === baseline.trendId &&
    value !== undefined &&
    base !== undefined ? (
      <ScoreDelta delta={value - base} digits={digits} />
    ) : null;
  return column.columns([
    // The selection checkbox sits in the route cell, so that it stays in view with the sticky
    // first column when a narrow screen scrolls the table sideways.
    column.accessor('name', {
      id: 'route',
      cell: ({ row }) => (
        <span className="route-cell">
          {selectable ? <SelectCell row={row} /> : null}
          <ExpandButton row={row.original} />
          <span className="route-name">
            <span className="route-name__short">
              <Highlight text={row.original.name} />
              <UntranslatedMark text={row.original.route.name} />
            </span>
            {row.original.fullName ? (
              <span className="route-name__full">
                <Highlight text={row.original.fullName} />
              </span>
            ) : null}
            {baseline?.id === row.original.id ? <BaselineBadge /> : null}
          </span>
        </span>
      ),
    }),
    column.accessor('trendName', {
      id: 'trend',
      cell: ({ row }) => (
        <span className="trend-chip" data-trend={row.original.trendId}>
          {row.original.trendName}
        </span>
      ),
    }),
    ...criteria.map((criterion) =>
      column.accessor((row) => row.scores[criterion.id], {
        id: criterion.id,
        cell: ({ row }) => (
          <span className="score-cell">
            <ScoreBar value={row.original.scores[criterion.id]} />
            <EditedMark score={row.original.route.scores[criterion.id]} />
            {delta(row.original, row.original.scores[criterion.id], baseline?.scores[criterion.id])}
          </span>
        ),
      }),
    ),
    column.accessor('overall', {
      id: 'overall',
      cell: ({ row }) => (
        <span className="score-cell">
          <ScoreBar value={row.original.overall} digits={1} />
          {delta(row.original, row.original.overall, baseline?.overall, 1)}
        </span>
      ),
    }),
    column.accessor((row) => row.strengths.join(' '), {
      id: 'strengths',
      cell: ({ row }) => <TextList items={row.original.strengths} kind="strength" />,
    }),
    column.accessor((row) => row.weaknesses.join(' '), {
      id: 'weaknesses',
      cell: ({ row }) => <TextList items={row.original.weaknesses} kind="weakness" />,
    }),
    column.accessor((row) => row.tags.map((tag) => tag.label).join(' '), {
      id: 'tags',
      cell: ({ row }) => (
        <ul className="tag-list">
          {row.original.tags.map((tag) => (
            <li key={tag.id} className="tag">
              {tag.label}
            </li>
          ))}
        </ul>
      ),
    }),
  ]);
}
