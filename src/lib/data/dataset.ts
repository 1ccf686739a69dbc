import type { Country, Initiative, RelationsEvent, Release, Story } from './schema.ts';

/** The validated data as the app receives it: events sorted by date, then id. */
export interface Dataset {
  countries: Country[];
  initiatives: Initiative[];
  events: RelationsEvent[];
  stories: Story[];
  /** Published releases, newest first. */
  releases: Release[];
}
