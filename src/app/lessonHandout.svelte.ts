/**
 * The lesson the page prints as a handout instead of the chronology: set by the lesson editor's
 * "Print a handout", printed, and cleared after printing. The handout reads the events from the
 * AppState when it draws; the caller fetches the event texts first, so the sources are there.
 */
import { getContext, setContext } from 'svelte';
import type { PresentableStory } from '../lib/story/storySteps.ts';

export type HandoutStory = Pick<PresentableStory, 'title' | 'steps'>;

export class LessonHandout {
  /** The lesson to print, or null to print the page as usual. */
  story = $state.raw<HandoutStory | null>(null);

  #drawn: (() => void) | null = null;

  /**
   * Shows the lesson in the print layout and opens the browser's print dialog once the sheet has
   * drawn (its code and the region's shapes load on first use; printing earlier prints a blank page).
   */
  async print(story: HandoutStory): Promise<void> {
    const drawn = new Promise<void>((resolve) => (this.#drawn = resolve));
    this.story = story;
    await drawn;
    window.print();
  }

  /** The sheet has drawn every step, maps included. */
  sheetDrawn(): void {
    this.#drawn?.();
    this.#drawn = null;
  }

  end(): void {
    this.story = null;
  }
}

const KEY = Symbol('lesson-handout');

export function setLessonHandout(state: LessonHandout): LessonHandout {
  return setContext(KEY, state);
}

export function getLessonHandout(): LessonHandout {
  return getContext<LessonHandout>(KEY);
}
