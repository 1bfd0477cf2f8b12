import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';

/** The lines a table draws (indexes, inclusive), the space left above and below them, and how to measure one. */
export interface LineWindow {
  readonly first: number;
  readonly last: number;
  /** Space above the first drawn line and below the last one, in px. */
  readonly paddingTop: number;
  readonly paddingBottom: number;
  /** Ref for each drawn line (with `data-index`), so the virtualiser learns its real height. */
  readonly measureElement?: ((element: Element | null) => void) | undefined;
}

// Constant and keyed by index, so a new sort order (same count) does not make the virtualiser
// recompute every line's offset; drawn lines are measured as they appear.
const estimateLine = () => 96;

/**
 * Draws only the visible lines of a long table (TanStack Virtual): `render` gets the window of
 * lines in view of `scrollRef`'s box, plus an overscan of 4. Its own chunk: the routes table
 * loads it past `VIRTUALIZE_AFTER` lines.
 */
export function VirtualLines(props: {
  readonly count: number;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly render: (window: LineWindow) => ReactNode;
}) {
  // TanStack Virtual returns functions the React Compiler cannot memoise; this component is left
  // uncompiled, which is what the rule reports.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.count,
    getScrollElement: () => props.scrollRef.current,
    estimateSize: estimateLine,
    overscan: 4,
    // The box may have been scrolled while the virtualiser loaded (the table drew its first lines
    // meanwhile): start where the reader is, not at the top.
    initialOffset: () => props.scrollRef.current?.scrollTop ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  return props.render({
    first: items[0]?.index ?? 0,
    last: items.at(-1)?.index ?? -1,
    paddingTop: items[0]?.start ?? 0,
    paddingBottom: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0),
    measureElement: virtualizer.measureElement,
  });
}
