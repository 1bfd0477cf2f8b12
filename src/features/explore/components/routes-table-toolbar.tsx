import { startTransition, useRef, useState } from 'react';
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
  // Texts this box has given and the page has not yet shown, oldest first.
  const [given, setGiven] = useState<readonly string[]>([]);
  const composing = useRef(false);

  // A query changed from outside (e.g. "Clear filters") replaces the draft. One this box gave is
  // not from outside: when it arrives after the reader has typed on, the draft already holds more.
  if (query !== seenQuery) {
    setSeenQuery(query);
    const index = given.indexOf(query);
    if (index === -1) {
      setGiven([]);
      setDraft(query);
    } else setGiven(given.slice(index + 1));
  } else if (query === draft && given.length > 0) {
    // The page shows what the box holds: what was given before is moot (typed and deleted, say).
    setGiven([]);
  }

  // The letter paints from the draft alone; the address, the rows and everything else that reads
  // the search follow in a transition, which the next key interrupts. Rendered with the letter,
  // they kept a keystroke at 100 000 routes from painting for 140 ms (Event Timing), and a fast
  // typist waited for every letter's rows.
  const give = (text: string) => {
    setGiven((texts) => [...texts, text]);
    startTransition(() => onQueryChange(text));
  };

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
          give(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          give(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          // Escape during composition belongs to the input method (it cancels the candidate).
          if (event.nativeEvent.isComposing || composing.current) return;
          if (event.key === 'Escape' && draft !== '') {
            event.preventDefault();
            setDraft('');
            give('');
          }
        }}
      />
    </div>
  );
}
