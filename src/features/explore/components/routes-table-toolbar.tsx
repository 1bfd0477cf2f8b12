import { useRef, useState } from 'react';
import { MAX_QUERY_LENGTH } from '../../../domain/view-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { FacetToggle, type FacetOption } from './routes-table-filters';

export interface RoutesTableToolbarProps {
  readonly trends: readonly FacetOption[];
  /** Selected trend ids; empty means all. */
  readonly trendIds: readonly string[];
  readonly onTrendIdsChange: (trendIds: string[]) => void;
  /** Routes that show with no trend filter, every other filter as it is (the "All" count). */
  readonly totalCount: number;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
}

/**
 * Trend filter (a group of toggles with counts, multi-select, plus "All") and the search box.
 *
 * The search box is IME-safe: while a Chinese input method is composing, the draft shows in the
 * box but nothing filters; the committed text filters once composition ends.
 */
export function RoutesTableToolbar(props: RoutesTableToolbarProps) {
  const { t } = useUiLocale();
  const { trendIds, onTrendIdsChange } = props;
  const toggle = (id: string) =>
    onTrendIdsChange(trendIds.includes(id) ? trendIds.filter((item) => item !== id) : [...trendIds, id]);

  return (
    <div className="toolbar">
      <div className="toggle-group" role="group" aria-label={t('filters.trendLabel')}>
        <FacetToggle
          label={t('filters.all')}
          count={props.totalCount}
          pressed={trendIds.length === 0}
          current
          onClick={() => onTrendIdsChange([])}
        />
        {props.trends.map((trend) => (
          <FacetToggle
            key={trend.id}
            data-trend={trend.id}
            label={trend.label}
            count={trend.count}
            pressed={trendIds.includes(trend.id)}
            onClick={() => toggle(trend.id)}
          />
        ))}
      </div>
      <SearchBox query={props.query} onQueryChange={props.onQueryChange} />
    </div>
  );
}

function SearchBox({
  query,
  onQueryChange,
}: {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
}) {
  const { t } = useUiLocale();
  const [draft, setDraft] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  const composing = useRef(false);

  // A query changed from outside (e.g. "Clear filters") replaces the draft.
  if (query !== seenQuery) {
    setSeenQuery(query);
    setDraft(query);
  }

  return (
    <div className="search">
      <input
        type="search"
        className="search__input"
        aria-label={t('filters.searchLabel')}
        placeholder={t('filters.searchPlaceholder')}
        // The address keeps no longer search (it would say so, as of a hand-edited link).
        maxLength={MAX_QUERY_LENGTH}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          // Chromium fires input events mid-composition (isComposing); only committed text filters.
          // An input event outside composition also ends a composition whose end event was lost.
          if ((event.nativeEvent as InputEvent).isComposing) return;
          composing.current = false;
          onQueryChange(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          onQueryChange(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          // Escape during composition belongs to the input method (it cancels the candidate).
          if (event.nativeEvent.isComposing || composing.current) return;
          if (event.key === 'Escape' && draft !== '') {
            event.preventDefault();
            setDraft('');
            onQueryChange('');
          }
        }}
      />
    </div>
  );
}
