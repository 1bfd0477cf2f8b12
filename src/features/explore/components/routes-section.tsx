import { functionalUpdate, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import type { ReactNode, Ref } from 'react';
import type { Edition } from '../../../domain/edition/schema';
import type { QueryResult, ScoreRange } from '../model/route-query';
import { MAX_SELECTION, type ViewState, type UpdateOptions, type ViewPatch } from '../../../domain/view-state';
import type { ExportTable } from '../../../domain/table-formats';
import { RoutesTable } from './routes-table';
import { RouteCards } from './route-cards';
import { PHONE_QUERY, useMediaQuery } from '../../../hooks/use-media-query';
import { useColumnLabel } from './routes-table-column-header';
import { ActiveFilterChips, RoutesTableFilters, type FilterChip } from './routes-table-filters';
import { ArticleMatches } from './article-matches';
import { RoutesTableToolbar } from './routes-table-toolbar';
import { useColumnVisibility } from '../hooks/use-column-visibility';
import type { RouteRow } from '../model/route-rows';
import { viewTable } from '../model/export-table';
import { StorageNotice } from '../../../components/ui/storage-notice';
import { formatList } from '../../../lib/i18n/format-list';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';
import { StatusToast } from '../../../components/ui/status-toast';

/** The routes section's view as shown, for the menus that export it. */
export interface ShownView {
  readonly table: () => ExportTable;
  readonly routeIds: () => string[];
}

export interface RoutesSectionProps {
  readonly edition: Edition;
  readonly state: ViewState;
  readonly update: (patch: ViewPatch, options?: UpdateOptions) => void;
  /** The edition's rows in the reading locale, and what the current filters and sort make of them. */
  readonly rows: readonly RouteRow[];
  readonly result: QueryResult<RouteRow>;
  /** The search waits for the search keys of a large edition: `result` leaves it out until then. */
  readonly searchPending?: boolean;
  readonly rowSelection: RowSelectionState;
  readonly onRowSelectionChange: (updater: Updater<RowSelectionState>) => void;
  readonly overallHint: string;
  /** The current weights as a list, e.g. "Cost advantage 50%, Performance 30%, Flexibility 20%". */
  readonly weightList: string;
  /** The picked routes' names, for the selection bar. */
  readonly pickedNames: readonly string[];
  readonly onClearPicks: () => void;
  readonly onOpenCompare: () => void;
  /** News of the last action on the routes (e.g. "3 routes added to My routes"), above the list. */
  readonly status?: string;
  /** News about the picks (e.g. a fifth pick refused), in the bar of picked routes. */
  readonly pickStatus?: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** Focuses the section heading (after "Clear filters" removes the button that had focus). */
  readonly focusHeading: () => void;
  /**
   * The menus next to Columns (export, import, reset), given the view as shown: its table (visible
   * columns, shown rows in shown order, reading language) and its route ids in shown order.
   */
  readonly dataMenus?: (view: ShownView) => ReactNode;
  /** Extra actions in a route's details line. */
  readonly routeActions?: ((row: RouteRow) => ReactNode) | undefined;
}

/**
 * The explore view's routes section: trend filter and search, tag facet, score ranges, columns
 * and grouping, the active filters as chips, where the search occurs in the article's own text, the
 * table, and the bar of picked routes.
 */
export function RoutesSection({
  edition,
  state,
  update,
  rows,
  result,
  searchPending = false,
  rowSelection,
  onRowSelectionChange,
  overallHint,
  weightList,
  pickedNames,
  onClearPicks,
  onOpenCompare,
  status = '',
  pickStatus = '',
  headingRef,
  focusHeading,
  dataMenus,
  routeActions,
}: RoutesSectionProps) {
  const { t, locale } = useUiLocale();
  const labelOf = useColumnLabel(edition.criteria, edition.kind === 'user');
  const { value: visibility, setValue: setVisibility, storageProblem, dismissStorageProblem } = useColumnVisibility();
  // A phone gets cards, a wider screen the table; until the width is known (the prerender and its
  // hydration) both are in the page and the stylesheet shows one.
  const phone = useMediaQuery(PHONE_QUERY);
  const sorting = state.sorting as SortingState;

  const trendOptions = edition.trends.map((trend) => ({
    id: trend.id,
    label: trend.name[locale],
    count: result.trendToggleCounts.get(trend.id) ?? 0,
  }));
  const tagOptions = edition.tags.map((tag) => ({
    id: tag.id,
    label: tag.label[locale],
    count: result.tagToggleCounts.get(tag.id) ?? 0,
  }));
  const numericColumns = [...edition.criteria.map((criterion) => criterion.id), 'overall'];
  const hideable = ['trend', ...numericColumns, 'strengths', 'weaknesses', 'tags'];
  // The view as shown: visible columns in table order, shown rows in shown order, reading language.
  const exportTable = (): ExportTable =>
    viewTable(
      result.rows,
      ['route', 'trend', ...numericColumns, 'strengths', 'weaknesses', 'tags'].filter(
        (id) => id === 'route' || visibility[id] !== false,
      ),
      labelOf,
    );

  const resetAll = () => {
    update({ trendIds: [], tagIds: [], ranges: {}, query: '' });
    focusHeading();
  };

  const chips: FilterChip[] = [
    ...state.trendIds.map((id) => ({
      key: `trend:${id}`,
      label: trendOptions.find((trend) => trend.id === id)?.label ?? id,
      onRemove: () => update((current) => ({ trendIds: current.trendIds.filter((item) => item !== id) })),
    })),
    ...state.tagIds.map((id) => ({
      key: `tag:${id}`,
      label: t('filters.tagChip', { tag: tagOptions.find((tag) => tag.id === id)?.label ?? id }),
      onRemove: () => update((current) => ({ tagIds: current.tagIds.filter((item) => item !== id) })),
    })),
    ...Object.entries(state.ranges).map(([id, [min, max]]) => ({
      key: `range:${id}`,
      label: t('filters.rangeChip', { column: labelOf(id), min, max }),
      onRemove: () =>
        update((current) => ({
          ranges: Object.fromEntries(Object.entries(current.ranges).filter(([key]) => key !== id)),
        })),
    })),
    ...(state.query
      ? [{ key: 'query', label: t('filters.queryChip', { query: state.query }), onRemove: () => update({ query: '' }) }]
      : []),
  ];

  return (
    <section id="routes" className="panel" aria-labelledby="routes-heading">
      <h2 id="routes-heading" ref={headingRef} tabIndex={-1}>
        {t('routes.heading')}
      </h2>
      <p className="section-intro">
        {edition.kind === 'user'
          ? t('comparison.routesIntro', { max: MAX_SELECTION })
          : t('routes.intro', { max: MAX_SELECTION })}
      </p>
      {storageProblem ? (
        <StorageNotice message={t('filters.columnsStorageProblem')} onDismiss={dismissStorageProblem} />
      ) : null}
      <RoutesTableToolbar
        trends={trendOptions}
        trendIds={state.trendIds}
        onTrendIdsChange={(trendIds) => update({ trendIds })}
        totalCount={result.allTrendsCount}
        query={state.query}
        onQueryChange={(query) => update({ query }, { history: 'replace' })}
      />
      <RoutesTableFilters
        tags={tagOptions}
        tagIds={state.tagIds}
        onTagIdsChange={(tagIds) => update({ tagIds })}
        rangeColumns={numericColumns.map((id) => ({ id, label: labelOf(id), step: id === 'overall' ? 0.5 : 1 }))}
        ranges={state.ranges}
        onRangesChange={(ranges: Record<string, ScoreRange>) => update({ ranges }, { history: 'replace' })}
        columns={hideable.map((id) => ({ id, label: labelOf(id), visible: visibility[id] !== false }))}
        onToggleColumn={(id) => setVisibility((current) => ({ ...current, [id]: current[id] === false }))}
        groupByTrend={state.groupByTrend}
        onGroupByTrendChange={(groupByTrend) => update({ groupByTrend })}
        extraMenus={dataMenus?.({ table: exportTable, routeIds: () => result.rows.map((row) => row.id) })}
      />
      <ActiveFilterChips chips={chips} onResetAll={resetAll} onEmptied={focusHeading} />
      {/* The shown rows' search text: while a keystroke's rows are on their way, the rows still shown
          keep the highlights of the text they were found by, and the article's matches follow them. */}
      <ArticleMatches trends={edition.trends} query={result.query} />
      {/* The skip link's target: the next Tab reaches the first sort header, or the cards' sort. */}
      <StatusToast message={status} />
      <div id="routes-list" className="routes-list" tabIndex={-1} aria-label={t('routes.listLabel')}>
        <p className="routes-table__count" role="status">
          {searchPending
            ? t('routes.searchPreparing', { total: rows.length })
            : t('routes.showing', { shown: result.rows.length, total: rows.length })}
        </p>
        {phone !== true ? (
          <RoutesTable
            rows={result.rows}
            criteria={edition.criteria}
            own={edition.kind === 'user'}
            editionTitle={edition.title[locale]}
            sorting={sorting}
            onSortingChange={(updater) => update({ sorting: functionalUpdate(updater, sorting) })}
            query={result.query}
            rowSelection={rowSelection}
            onRowSelectionChange={onRowSelectionChange}
            columnVisibility={visibility}
            onColumnVisibilityChange={setVisibility}
            groupByTrend={state.groupByTrend}
            baselineId={state.baseline}
            overallHint={overallHint}
            onClearFilters={resetAll}
            routeActions={routeActions}
          />
        ) : null}
        {phone !== false ? (
          <RouteCards
            rows={result.rows}
            criteria={edition.criteria}
            labelOf={labelOf}
            sorting={sorting}
            onSortingChange={(next) => update({ sorting: next })}
            query={result.query}
            rowSelection={rowSelection}
            onRowSelectionChange={onRowSelectionChange}
            baselineId={state.baseline}
            onClearFilters={resetAll}
            routeActions={routeActions}
          />
        ) : null}
        <p className="routes-table__footnote">
          {/* A comparison of one's own scores every route on one scale; the article's, within a trend. */}
          {edition.kind === 'user'
            ? t('routes.footnoteOwn', { weights: weightList })
            : t('routes.footnote', { weights: weightList })}
        </p>
      </div>
      <div className="selection-bar">
        <p>
          {pickedNames.length > 0
            ? t('selection.picked', {
                count: pickedNames.length,
                max: MAX_SELECTION,
                names: formatList(pickedNames, locale),
              })
            : t('selection.none', { max: MAX_SELECTION })}
        </p>
        <StatusToast message={pickStatus} />
        <div className="selection-bar__actions">
          {pickedNames.length > 0 ? (
            <Button variant="quiet" onClick={onClearPicks}>
              {t('charts.clearSelection')}
            </Button>
          ) : null}
          <Button variant="primary" disabled={pickedNames.length < 2} onClick={onOpenCompare}>
            {t('selection.compare', { count: pickedNames.length })}
          </Button>
        </div>
      </div>
    </section>
  );
}
