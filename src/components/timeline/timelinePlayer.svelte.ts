/**
 * Play through time: the date range moves forward (a year a second, or a year a step without
 * animation when the reader prefers reduced motion) and stops with its end on today. The map, the
 * timeline and the table follow because they all draw the selection.
 */
import type { AppState } from '../../app/appState.svelte.ts';
import { advanceWindow, TIMELINE_START } from '../../lib/time/timelineLayout.ts';
import { dateToDay, dayToDate } from '../../lib/time/calendarDay.ts';

const DAYS_PER_SECOND = 365;
const REDUCED_MOTION_STEP_MS = 1500;
/** The window a sweep uses when no range is chosen. */
const DEFAULT_WINDOW_DAYS = 2 * 365;

export class TimelinePlayer {
  playing = $state(false);

  readonly #app: AppState;
  readonly #today: Date;
  #from = TIMELINE_START;
  #to = TIMELINE_START;
  #frame = 0;
  #interval: ReturnType<typeof setInterval> | null = null;

  constructor(app: AppState, today: Date) {
    this.#app = app;
    this.#today = today;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    const { from, to } = this.#app.filters;
    const start = from !== null ? dayToDate(from) : TIMELINE_START;
    const end = to !== null ? dayToDate(to) : new Date(start.getTime() + DEFAULT_WINDOW_DAYS * 86_400_000);
    const atEnd = end.getTime() >= this.#today.getTime();
    // A finished sweep starts again from the beginning with the same window.
    this.#from = atEnd ? TIMELINE_START : start;
    this.#to = atEnd ? new Date(TIMELINE_START.getTime() + (end.getTime() - start.getTime())) : end;
    this.#write();
    this.playing = true;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#interval = setInterval(() => this.#advance(365), REDUCED_MOTION_STEP_MS);
      return;
    }
    let last = performance.now();
    const step = (now: number) => {
      const days = ((now - last) / 1000) * DAYS_PER_SECOND;
      last = now;
      if (this.#advance(days)) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
    if (this.#interval !== null) clearInterval(this.#interval);
    this.#interval = null;
  }

  /** Moves the window; false (and paused) once it reached today. */
  #advance(days: number): boolean {
    const next = advanceWindow(this.#from, this.#to, days, this.#today);
    if (next === null) {
      this.pause();
      return false;
    }
    this.#from = next.from;
    this.#to = next.to;
    this.#write();
    return true;
  }

  #write(): void {
    this.#app.setDateRange(dateToDay(this.#from), dateToDay(this.#to));
  }
}
