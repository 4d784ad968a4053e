import { describe, expect, it, vi } from 'vitest';
import { createSearchSession, runSearch } from './search-session.js';
import type { SearchIndexLike, SearchResultLike } from './search-types.js';

const post = (slug: string, tags: string[], date: string): SearchResultLike => ({
  slug,
  href: `/posts/${slug}/`,
  title: slug,
  tags,
  date,
  score: 1,
});
const posts = [
  post('old-release', ['release'], '2023-01-01'),
  post('streams', ['streams'], '2024-02-01'),
  post('new-release', ['release', 'security'], '2024-06-01'),
];

/** A small index: words match slugs, an empty query lists the tags' posts newest first. */
function index(): SearchIndexLike & { calls: string[] } {
  const calls: string[] = [];
  const matching = (query: string, tags: readonly string[] = []) =>
    posts
      .filter((p) => tags.every((tag) => p.tags.includes(tag)) && (!query || p.slug.includes(query)))
      .sort((a, b) => b.date.localeCompare(a.date));
  const counts = (list: SearchResultLike[]) => {
    const map = new Map<string, number>();
    for (const p of list) for (const tag of p.tags) map.set(tag, (map.get(tag) ?? 0) + 1);
    return [...map].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count);
  };
  return {
    calls,
    search(query, { tags, limit = 10 } = {}) {
      calls.push(`search:${query}`);
      return matching(query, tags).slice(0, limit);
    },
    searchWithTags(query, { tags, limit = 10 } = {}) {
      calls.push(`searchWithTags:${query}`);
      return { results: matching(query, tags).slice(0, limit), tags: counts(matching(query)) };
    },
    tags(query = '') {
      calls.push(`tags:${query}`);
      return counts(matching(query));
    },
  };
}

describe('runSearch', () => {
  it('is idle with no query and no tag: every tag, no results', () => {
    const outcome = runSearch(index(), { query: '  ', tags: [] });
    expect(outcome.mode).toBe('idle');
    expect(outcome.results).toEqual([]);
    expect(outcome.facets.map((f) => f.tag)).toEqual(['release', 'security', 'streams']);
  });

  it('browses: tags without words list those tags’ posts, newest first', () => {
    const outcome = runSearch(index(), { query: '', tags: ['release'] });
    expect(outcome.mode).toBe('browse');
    expect(outcome.results.map((r) => r.slug)).toEqual(['new-release', 'old-release']);
  });

  it('searches words with one pass for results and tag counts when the index offers it', () => {
    const idx = index();
    const outcome = runSearch(idx, { query: ' release ', tags: [] }, { limit: 1 });
    expect(outcome).toMatchObject({ mode: 'search', query: 'release' });
    expect(outcome.results.map((r) => r.slug)).toEqual(['new-release']);
    expect(outcome.facets.map((f) => f.tag)).toEqual(['release', 'security']);
    expect(idx.calls).toEqual(['searchWithTags:release']);
  });

  it('falls back to search + tags for an index without searchWithTags', () => {
    const { searchWithTags: _, ...plain } = index();
    const outcome = runSearch(plain, { query: 'streams', tags: [] });
    expect(outcome.results.map((r) => r.slug)).toEqual(['streams']);
    expect(plain.calls).toEqual(['search:streams', 'tags:streams']);
  });

  it('keeps active tags among the chips even when they are past maxTags or match nothing', () => {
    const outcome = runSearch(index(), { query: 'streams', tags: ['security'] }, { maxTags: 1 });
    expect(outcome.facets).toEqual([
      { tag: 'streams', count: 1 },
      { tag: 'security', count: 0 },
    ]);
    expect(outcome.results).toEqual([]);
  });
});

describe('createSearchSession', () => {
  it('takes a draft before the index has loaded, and finds it once it has', () => {
    const session = createSearchSession(null, { initial: { tags: ['release'] } });
    expect(session.outcome()).toMatchObject({ mode: 'browse', results: [] });
    session.setIndex(index());
    expect(session.outcome().results).toHaveLength(2);
  });

  it('notifies on every change and caches the outcome per draft', () => {
    const idx = index();
    const session = createSearchSession(idx);
    const listener = vi.fn();
    session.subscribe(listener);
    session.setQuery('rel');
    expect(listener).toHaveBeenCalledTimes(1);
    const first = session.outcome();
    expect(session.outcome()).toBe(first);
    expect(session.outcome({ query: 'rel', tags: session.getState().tags })).toBe(first);
    session.setQuery('rel');
    expect(listener).toHaveBeenCalledTimes(1);
    session.toggleTag('security');
    expect(session.getState().tags).toEqual(['security']);
    expect(session.outcome().results.map((r) => r.slug)).toEqual(['new-release']);
    session.toggleTag('security');
    expect(session.getState().tags).toEqual([]);
  });

  it('moves the active option with wrapping, and starts over on a new outcome', () => {
    const session = createSearchSession(index(), { initial: { tags: ['release'] } });
    const outcome = session.outcome();
    expect(session.activeIndex(outcome)).toBe(0);
    session.move(outcome, 1);
    expect(session.activeIndex(outcome)).toBe(1);
    session.move(outcome, 1);
    expect(session.activeIndex(outcome)).toBe(0);
    session.move(outcome, -1);
    expect(session.activeIndex(outcome)).toBe(1);
    session.setQuery('new');
    expect(session.activeIndex(session.outcome())).toBe(0);
  });

  it('sets a whole draft at once (a tag chip on the page) and clears it', () => {
    const session = createSearchSession(index(), { initial: { query: 'x' } });
    session.setDraft({ tags: ['streams'] });
    expect(session.getState()).toMatchObject({ query: '', tags: ['streams'] });
    session.clear();
    expect(session.outcome().mode).toBe('idle');
  });
});
