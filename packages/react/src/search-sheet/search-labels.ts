/** Every text of `SearchSheet`, for another language: pass only the ones you change. */
export interface SearchSheetLabels {
  /** Accessible name of the dialog and the input. */
  search: string;
  placeholder: string;
  close: string;
  filterByTag: string;
  clear: string;
  loading: string;
  loadFailed: string;
  retry: string;
  /** Hint before anything is asked. */
  hint: string;
  /** Shown above a tag's posts when only tags are chosen. */
  browsing: (tags: readonly string[]) => string;
  noMatch: (query: string) => string;
  /** Announced when results arrive. */
  resultCount: (count: number) => string;
  /** Accessible name of the result list. */
  results: string;
  /** Keyboard hints under the list: move, open, close. */
  keys: { move: string; open: string; close: string };
}

export const defaultSearchLabels: SearchSheetLabels = {
  search: 'Search posts',
  placeholder: 'Search posts…',
  close: 'Close search',
  filterByTag: 'Filter by tag',
  clear: 'Clear',
  loading: 'Loading search…',
  loadFailed: 'Search could not be loaded.',
  retry: 'Try again',
  hint: 'Type to search posts by title, heading or text.',
  browsing: (tags) => `Posts tagged ${tags.join(', ')}, newest first. Type to search within them.`,
  noMatch: (query) => `No posts match ‘${query}’`,
  resultCount: (count) => `${count} ${count === 1 ? 'result' : 'results'}`,
  results: 'Results',
  keys: { move: 'to move', open: 'to open', close: 'to close' },
};
