/**
 * The table's windowing and keyboard moves: which rows are in the page (all of them up to a
 * thousand, then only those in view plus an overscan) and where an arrow, Page or Home/End key
 * takes the focus. The component binds the measured sizes to it and draws what it says.
 */
import { rowWindow, scrollTopToShowRow } from '../../lib/data/rowWindow.ts';

/**
 * Up to this many rows every row is in the page (find in page, print, tests read them all); above
 * it, drawing them all makes each filter change take a second, so only the rows in view are drawn.
 */
export const ALL_ROWS_UP_TO = 1_000;
/** Rows drawn beyond each edge of the view, so Tab and a quick scroll find rows already there. */
const OVERSCAN = 15;
const ESTIMATED_ROW_HEIGHT = 34;

export class TableWindow {
  scrollTop = $state(0);
  scrollerHeight = $state(0);
  headHeight = $state(0);
  /** Windowed rows are one line each (CSS), so one row's height, measured, stands for all. */
  rowHeight = $state(0);

  /** Set by the constructor; the derived values below read it lazily. */
  #rowCount: () => number = () => 0;

  constructor(rowCount: () => number) {
    this.#rowCount = rowCount;
  }

  windowed = $derived(this.#rowCount() > ALL_ROWS_UP_TO);

  /** The sticky header covers the top of the scroller, so rows are seen from scrollTop on, below it. */
  view = $derived({
    scrollTop: this.scrollTop,
    viewportHeight: this.scrollerHeight - this.headHeight,
    rowHeight: this.rowHeight || ESTIMATED_ROW_HEIGHT,
  });

  drawn = $derived(
    this.windowed
      ? rowWindow({ ...this.view, rowCount: this.#rowCount(), overscan: OVERSCAN })
      : { start: 0, end: this.#rowCount(), padTop: 0, padBottom: 0 },
  );

  // Numbers, so a scroll within one row's height does not rebuild the slice.
  start = $derived(this.drawn.start);
  end = $derived(this.drawn.end);

  /** Takes a measured row height (the first drawn row's). */
  measureRow(height: number): void {
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.01) this.rowHeight = height;
  }

  /** The scroller's scrollTop that shows row `index` whole, below the header. */
  scrollTopToShow(index: number): number {
    return scrollTopToShowRow(index, this.view);
  }

  /** The row a navigation key moves the focus to from row `index` (clamped), or null for any other key. */
  moveTarget(key: string, index: number): number | null {
    const last = this.#rowCount() - 1;
    const rowsPerPage = Math.max(1, Math.floor(this.view.viewportHeight / this.view.rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + rowsPerPage, PageUp: index - rowsPerPage, Home: 0, End: last };
    if (!(key in moves)) return null;
    return Math.max(0, Math.min(last, moves[key]));
  }
}
