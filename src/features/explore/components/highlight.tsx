import { createContext, useContext, useSyncExternalStore } from 'react';
import { pinyinQuery } from '../model/pinyin-query';
import { matchRanges } from '../model/search';
import { isPinyinReady, pinyinMatch, subscribePinyinReady } from '../model/pinyin';

/** The committed search text, for highlighting matches in the cells that show names. */
export const SearchQueryContext = createContext('');

function rangesOf(text: string, query: string): [number, number][] {
  const direct = matchRanges(text, query);
  if (direct.length > 0) return direct;
  const latin = pinyinQuery(query);
  const indices = latin ? pinyinMatch(text, latin) : undefined;
  if (!indices) return [];
  // pinyin-pro gives matched character indices; consecutive ones form one range.
  const ranges: [number, number][] = [];
  for (const index of indices) {
    const last = ranges.at(-1);
    if (last && last[1] === index) last[1] = index + 1;
    else ranges.push([index, index + 1]);
  }
  return ranges;
}

/**
 * `text` with the parts the current search matches wrapped in `<mark>`: the typed terms, or for a
 * Latin query on Chinese text the characters its pinyin or initials match (`qlh` → 轻量化).
 */
export function Highlight({ text }: { readonly text: string }) {
  const query = useContext(SearchQueryContext);
  // Read for the render it causes: the marks of a Latin query on Chinese text come with pinyin,
  // and a table line whose rows and search are the same is not rendered again for it.
  useSyncExternalStore(subscribePinyinReady, isPinyinReady, () => false);
  const ranges = query ? rangesOf(text, query) : [];
  if (ranges.length === 0) return text;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
