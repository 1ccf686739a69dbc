/**
 * Which rows of a long, fixed-row-height list to put in the page: the ones in view plus an overscan
 * on each side, and the heights of the empty space above and below them, so the scroll height stays
 * what the whole list would take.
 */

export interface RowWindowInput {
  /** How far the rows are scrolled, in px, measured from the first row's top (not the scroller's). */
  scrollTop: number;
  /** Height of the visible part of the rows, in px. */
  viewportHeight: number;
  /** Height of one row, in px (every row has it). */
  rowHeight: number;
  /** Rows in the whole list. */
  rowCount: number;
  /** Rows drawn beyond each edge of the view, so a quick scroll or a Tab does not meet an empty space. */
  overscan: number;
}

export interface RowWindow {
  /** Index of the first row to draw. */
  start: number;
  /** Index after the last row to draw (`rows.slice(start, end)`). */
  end: number;
  /** Space standing in for the rows above `start`, in px. */
  padTop: number;
  /** Space standing in for the rows from `end` on, in px. */
  padBottom: number;
}

/** The rows to draw for a scroll position; a scroll beyond either end is clamped to the list. */
export function rowWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan }: RowWindowInput): RowWindow {
  if (rowCount <= 0 || !(rowHeight > 0)) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const firstInView = Math.min(rowCount - 1, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const rowsInView = Math.max(1, Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight) - firstInView);
  const start = Math.max(0, firstInView - overscan);
  const end = Math.min(rowCount, firstInView + rowsInView + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (rowCount - end) * rowHeight };
}

/** The scroll position that brings row `index` fully into view, or `scrollTop` when it is in view already. */
export function scrollTopToShowRow(index: number, { scrollTop, viewportHeight, rowHeight }: Pick<RowWindowInput, 'scrollTop' | 'viewportHeight' | 'rowHeight'>): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return Math.max(0, top + rowHeight - viewportHeight);
  return scrollTop;
}
