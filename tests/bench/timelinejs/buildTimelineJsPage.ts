/**
 * The TimelineJS baseline page in a temporary folder: this folder's page, TimelineJS 3's built
 * files from node_modules (script, styles, icon font, Russian locale) and the app's events in
 * TimelineJS's JSON format, so nothing comes from the network.
 */
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';
import { ROOT } from '../support.ts';

/** A date of TimelineJS's format: as precise as the event's own date. */
interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

function timelineJsDate(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-');
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The events as TimelineJS's JSON (titles and summaries in Russian, as the app first shows them). */
export function toTimelineJsData(events: readonly RelationsEvent[]) {
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...(event.endDate ? { end_date: timelineJsDate(event.endDate) } : {}),
      text: { headline: escapeHtml(event.title.ru), text: `<p>${escapeHtml(event.summary.ru)}</p>` },
      group: event.type,
    })),
  };
}

/** Writes the page and returns its folder. */
export function buildTimelineJsPage(events: readonly RelationsEvent[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'timelinejs-bench-'));
  const here = join(ROOT, 'tests/bench/timelinejs');
  const dist = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
  for (const file of ['index.html', 'timelinejs.js']) copyFileSync(join(here, file), join(folder, file));
  mkdirSync(join(folder, 'js/locale'), { recursive: true });
  copyFileSync(join(dist, 'js/timeline.js'), join(folder, 'js/timeline.js'));
  copyFileSync(join(dist, 'js/locale/ru.json'), join(folder, 'js/locale/ru.json'));
  cpSync(join(dist, 'css'), join(folder, 'css'), { recursive: true, filter: (source) => !source.endsWith('.map') });
  writeFileSync(join(folder, 'events.json'), JSON.stringify(toTimelineJsData(events)));
  return folder;
}
