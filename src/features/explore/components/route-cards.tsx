import type { OnChangeFn, RowSelectionState, SortingState } from '@tanstack/react-table';
import { useId, useState, type ReactNode } from 'react';
import { useBaselineRow } from '../hooks/use-baseline-row';
import { Button } from '../../../components/ui/button';
import { EditedMark } from '../../../components/ui/edited-mark';
import { ScoreBar } from '../../../components/ui/score-bar';
import { ScoreDelta } from '../../../components/ui/score-delta';
import type { Criterion } from '../../../domain/edition/schema';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import type { RouteRow } from '../model/route-rows';
import { Highlight, SearchQueryContext } from './highlight';
import { RouteDetails } from './route-details';

/** How many cards show at first, and how many more each "Show more" adds. */
export const CARD_PAGE = 50;

/** Columns the cards can be sorted by, beside the criteria (ids as the table's). */
const TEXT_SORT_IDS = ['route', 'trend'] as const;

export interface RouteCardsProps {
  /** The rows to show, already filtered and sorted (see `queryRoutes`), in the reading locale. */
  readonly rows: readonly RouteRow[];
  readonly criteria: readonly Criterion[];
  /** Translated label of a column id (a criterion, `overall`, `route`, `trend`). */
  readonly labelOf: (columnId: string) => string;
  readonly sorting: SortingState;
  readonly onSortingChange: (sorting: SortingState) => void;
  /** Committed search text, for highlighting matches. */
  readonly query: string;
  readonly rowSelection: RowSelectionState;
  readonly onRowSelectionChange: OnChangeFn<RowSelectionState>;
  /** Route id of the baseline; the other routes of its trend show their difference from it. */
  readonly baselineId?: string | undefined;
  readonly onClearFilters: () => void;
  /** Extra actions in a route's details (e.g. "Remove from My routes"). */
  readonly routeActions?: ((row: RouteRow) => ReactNode) | undefined;
}

/**
 * The routes as cards, for a phone: a sort control (column and direction, the first key of the
 * table's sort), then one card per route with its name, trend, a bar and value per criterion, the
 * overall score, its first strength and weakness, its pick box and its details. No card is wider
 * than the screen, so nothing scrolls sideways; {@link CARD_PAGE} cards show at a time.
 */
export function RouteCards(props: RouteCardsProps) {
  const { rows, criteria, labelOf, sorting, rowSelection } = props;
  const { t } = useUiLocale();
  const id = useId();
  const [limit, setLimit] = useState(CARD_PAGE);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const baseline = useBaselineRow(rows, props.baselineId);
  const [firstKey] = sorting;
  const numeric = (columnId: string) => columnId === 'overall' || criteria.some((item) => item.id === columnId);
  const sortIds = [...TEXT_SORT_IDS, ...criteria.map((criterion) => criterion.id), 'overall'];

  const delta = (row: RouteRow, value: number | undefined, base: number | undefined, digits = 0) =>
    // Scores compare routes within a trend, so only the baseline's own trend shows differences.
    baseline &&
    row.id !== baseline.id &&
    row.trendId === baseline.trendId &&
    value !== undefined &&
    base !== undefined ? (
      <ScoreDelta delta={value - base} digits={digits} />
    ) : null;

  const toggleDetails = (routeId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(routeId)) next.delete(routeId);
      else next.add(routeId);
      return next;
    });

  return (
    <div className="route-tiles">
      <div className="route-tiles__sort">
        <label htmlFor={`${id}-sort`}>{t('routes.sortLabel')}</label>
        <select
          id={`${id}-sort`}
          value={firstKey?.id ?? ''}
          onChange={(event) => {
            const columnId = event.target.value;
            // Scores read best first; names and trends alphabetically.
            props.onSortingChange(columnId ? [{ id: columnId, desc: numeric(columnId) }] : []);
          }}
        >
          <option value="">{t('routes.sortNone')}</option>
          {sortIds.map((columnId) => (
            <option key={columnId} value={columnId}>
              {labelOf(columnId)}
            </option>
          ))}
        </select>
        {firstKey ? (
          <>
            <label htmlFor={`${id}-order`} className="sr-only">
              {t('routes.orderLabel')}
            </label>
            <select
              id={`${id}-order`}
              value={firstKey.desc ? 'desc' : 'asc'}
              onChange={(event) => props.onSortingChange([{ id: firstKey.id, desc: event.target.value === 'desc' }])}
            >
              <option value="desc">{numeric(firstKey.id) ? t('routes.sortHighFirst') : t('routes.sortZtoA')}</option>
              <option value="asc">{numeric(firstKey.id) ? t('routes.sortLowFirst') : t('routes.sortAtoZ')}</option>
            </select>
          </>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('routes.empty')}</p>
          <Button onClick={props.onClearFilters}>{t('routes.clearFilters')}</Button>
        </div>
      ) : (
        <SearchQueryContext value={props.query}>
          <ul className="route-tiles__list" aria-label={t('routes.heading')}>
            {rows.slice(0, limit).map((row) => {
              const selected = rowSelection[row.id] === true;
              const open = expanded.has(row.id);
              const strength = row.strengths[0];
              const weakness = row.weaknesses[0];
              return (
                <li
                  key={row.id}
                  className="route-tile"
                  data-route-id={row.id}
                  data-selected={selected || undefined}
                  data-baseline={row.id === props.baselineId || undefined}
                >
                  <div className="route-tile__head">
                    <input
                      type="checkbox"
                      className="checkbox"
                      checked={selected}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        props.onRowSelectionChange((current) =>
                          checked
                            ? { ...current, [row.id]: true }
                            : Object.fromEntries(Object.entries(current).filter(([key]) => key !== row.id)),
                        );
                      }}
                      aria-label={t('routes.selectRoute', { route: row.name })}
                    />
                    <div className="route-tile__title">
                      <h3 className="route-tile__name">
                        <Highlight text={row.name} />
                      </h3>
                      <span className="trend-chip" data-trend={row.trendId}>
                        {row.trendName}
                      </span>
                      {row.id === props.baselineId ? (
                        <span className="badge badge--baseline">{t('baseline.badge')}</span>
                      ) : null}
                    </div>
                    <button
                      type="button"
                      className="expand-button route-tile__more"
                      aria-expanded={open}
                      aria-controls={open ? `details-${row.id}` : undefined}
                      aria-label={t('routes.details', { route: row.name })}
                      onClick={() => toggleDetails(row.id)}
                    >
                      <span aria-hidden="true">{open ? '\u25be' : '\u25b8'}</span>
                    </button>
                  </div>
                  <dl className="route-tile__scores">
                    {criteria.map((criterion) => (
                      <div key={criterion.id} className="route-tile__score">
                        <dt>{labelOf(criterion.id)}</dt>
                        <dd>
                          <ScoreBar value={row.scores[criterion.id]} />
                          <EditedMark score={row.route.scores[criterion.id]} />
                          {delta(row, row.scores[criterion.id], baseline?.scores[criterion.id])}
                        </dd>
                      </div>
                    ))}
                    <div className="route-tile__score route-tile__score--overall">
                      <dt>{labelOf('overall')}</dt>
                      <dd>
                        <ScoreBar value={row.overall} digits={1} />
                        {delta(row, row.overall, baseline?.overall, 1)}
                      </dd>
                    </div>
                  </dl>
                  {strength || weakness ? (
                    <ul className="route-tile__clauses">
                      {strength ? (
                        <li className="route-tile__clause route-tile__clause--strength">
                          <span className="sr-only">{t('routes.topStrength')} </span>
                          {strength}
                        </li>
                      ) : null}
                      {weakness ? (
                        <li className="route-tile__clause route-tile__clause--weakness">
                          <span className="sr-only">{t('routes.topWeakness')} </span>
                          {weakness}
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                  {open ? <RouteDetails row={row} criteria={criteria} actions={props.routeActions?.(row)} /> : null}
                </li>
              );
            })}
          </ul>
          {rows.length > limit ? (
            <Button className="route-tiles__show-more" onClick={() => setLimit((current) => current + CARD_PAGE)}>
              {t('routes.showMore', { count: Math.min(CARD_PAGE, rows.length - limit), left: rows.length - limit })}
            </Button>
          ) : null}
        </SearchQueryContext>
      )}
    </div>
  );
}
