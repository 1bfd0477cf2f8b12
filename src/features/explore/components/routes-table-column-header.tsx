import type { Header } from '@tanstack/react-table';
import type { Criterion } from '../../../domain/edition/schema';
import { FIXED_COLUMN_IDS } from './routes-table-columns';
import type { RoutesTableFeatures } from './table-features';
import type { RouteRow } from '../model/route-rows';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Translated label of a column: fixed columns from the locale files, criteria from the data. */
export function useColumnLabel(criteria: readonly Criterion[], own = false): (columnId: string) => string {
  const { t, locale } = useUiLocale();
  return (columnId) => {
    const criterion = criteria.find((item) => item.id === columnId);
    if (criterion) return criterion.label[locale];
    // A comparison of one's own has groups where the article has trends.
    if (own && columnId === 'trend') return t('comparison.groupColumn');
    const fixed = FIXED_COLUMN_IDS.find((id) => id === columnId) ?? 'route';
    return t(`routes.columns.${fixed}`);
  };
}

/**
 * A `<th>` for one column: a sort button (click cycles ascending → descending → none; Shift+click
 * adds the column as a further sort key) and `aria-sort` while sorted. With several sort keys each
 * header shows its priority.
 */
export function RoutesTableColumnHeader({
  header,
  label,
  hint,
  sortCount,
}: {
  readonly header: Header<RoutesTableFeatures, RouteRow>;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly sortCount: number;
}) {
  const { t } = useUiLocale();
  const column = header.column;
  const className = `col col--${column.id}`;
  const direction = column.getIsSorted();
  const priority = column.getSortIndex() + 1;
  return (
    <th scope="col" className={className} aria-sort={direction ? ARIA_SORT[direction] : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={(event) => column.toggleSorting(undefined, event.shiftKey && column.getCanMultiSort())}
        title={hint ? `${hint}. ${t('routes.sortBy', { column: label })}` : t('routes.sortBy', { column: label })}
      >
        <span>{label}</span>
        <span className={`sort-icon sort-icon--${direction || 'none'}`} aria-hidden="true" />
        {direction && sortCount > 1 ? (
          <span className="sort-priority">
            <span aria-hidden="true">{priority}</span>
            <span className="sr-only">{t('routes.sortPriority', { index: priority })}</span>
          </span>
        ) : null}
      </button>
    </th>
  );
}
