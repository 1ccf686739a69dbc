/** Strings about the events' texts, which load after the first view, in English (kept apart: the main table is near 300 lines). */
export const texts = {
  loading: 'Loading the description…',
  failed: 'The event descriptions could not be loaded.',
  retry: 'Try again',
  searchPending: 'Until the texts load, the search looks at titles, places and names only.',
  searchFailed: 'The texts did not load: the search looks at titles, places and names only.',
  preparing: 'Preparing the file…',
};
