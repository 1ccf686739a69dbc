/**
 * Stories as the presenter plays them: the curated stories of data/stories and "present the
 * current selection", which turns any filtered set into one step per event.
 */
import type { LocalizedText, Story } from '../data/schema.ts';
import type { EventCore } from '../data/dataset.ts';
import { LANGUAGES } from '../data/vocabulary.ts';
import { formatEventDate } from '../time/formatEventDate.ts';

export type StoryStep = Story['steps'][number];

export interface PresentableStory {
  /** The story's id in data/stories, or null for a presented selection. */
  id: string | null;
  title: LocalizedText;
  steps: StoryStep[];
}

/** One step per event, captioned with its title and date in each language it has a title in. */
export function storyFromSelection(events: readonly EventCore[], title: LocalizedText): PresentableStory {
  return {
    id: null,
    title,
    steps: events.map((event) => {
      const caption: Partial<Record<(typeof LANGUAGES)[number], string>> = {};
      for (const lang of LANGUAGES) {
        const eventTitle = event.title[lang];
        if (eventTitle !== undefined) caption[lang] = `${eventTitle} — ${formatEventDate(event, lang)}`;
      }
      return { event: event.id, caption: caption as LocalizedText };
    }),
  };
}

/** `index` kept within the story's steps. */
export function clampStepIndex(index: number, stepCount: number): number {
  if (stepCount === 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), stepCount - 1);
}
