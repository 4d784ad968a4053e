import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/post.js';
import { adjacentPosts } from '../../src/taxonomy/adjacent-posts.js';
import { getSeries, postSeries } from '../../src/taxonomy/series.js';
import { makePost } from './fixtures.js';

const slugs = (posts: readonly Post[]) => posts.map((post) => post.slug);

const part = (slug: string, date: string, series: Post['series']) =>
  makePost({ slug, date: `${date}T00:00:00.000Z`, series });

describe('getSeries / postSeries', () => {
  const posts = [
    part('intro', '2024-01-01', undefined),
    part('deep-3', '2024-01-02', { name: 'Deep Dive', part: 3 }),
    part('deep-1', '2024-03-01', { name: 'Deep Dive', part: 1 }),
    part('deep-2', '2024-02-01', { name: 'deep dive', part: 2 }),
    part('notes-b', '2024-05-01', 'Notes'),
    part('notes-a', '2024-04-01', 'Notes'),
  ];

  it('orders numbered parts by part number, whatever their dates', () => {
    const [deep] = getSeries(posts);
    expect(deep?.name).toBe('Deep Dive');
    expect(deep?.slug).toBe('deep-dive');
    expect(slugs(deep?.posts ?? [])).toEqual(['deep-1', 'deep-2', 'deep-3']);
  });

  it('orders a name-only series by date, oldest first', () => {
    expect(getSeries(posts).map((series) => [series.name, slugs(series.posts)])).toEqual([
      ['Deep Dive', ['deep-1', 'deep-2', 'deep-3']],
      ['Notes', ['notes-a', 'notes-b']],
    ]);
  });

  it('puts unnumbered posts after numbered parts, oldest first', () => {
    const mixed = [
      part('extra-new', '2024-06-01', 'Mixed'),
      part('two', '2024-01-02', { name: 'Mixed', part: 2 }),
      part('extra-old', '2023-01-01', { name: 'Mixed' }),
      part('one', '2024-01-01', { name: 'Mixed', part: 1 }),
    ];
    expect(slugs(getSeries(mixed)[0]?.posts ?? [])).toEqual(['one', 'two', 'extra-old', 'extra-new']);
  });

  it('gives a post its position, previous and next part', () => {
    const deep2 = posts[3] as Post;
    const position = postSeries(deep2, posts);
    expect(position).toMatchObject({ name: 'Deep Dive', index: 1 });
    expect(position?.previous?.slug).toBe('deep-1');
    expect(position?.next?.slug).toBe('deep-3');
    const first = postSeries(posts[2] as Post, posts);
    expect(first?.previous).toBeUndefined();
    expect(first?.next?.slug).toBe('deep-2');
  });

  it('returns undefined for a post in no series, and ignores blank names', () => {
    expect(postSeries(posts[0] as Post, posts)).toBeUndefined();
    expect(getSeries([part('blank', '2024-01-01', '   ')])).toEqual([]);
  });

  it('does not depend on input order', () => {
    expect(getSeries([...posts].reverse())).toEqual(getSeries(posts));
  });
});

describe('adjacentPosts', () => {
  const posts = [
    part('b', '2024-02-01', undefined),
    part('d', '2024-04-01', { name: 'S', part: 1 }),
    part('a', '2024-01-01', { name: 'S', part: 2 }),
    part('c', '2024-03-01', undefined),
  ];

  it('gives the older post as previous and the newer as next', () => {
    const { previous, next } = adjacentPosts(posts[3] as Post, posts);
    expect([previous?.slug, next?.slug]).toEqual(['b', 'd']);
  });

  it('has no previous for the oldest and no next for the newest', () => {
    expect(adjacentPosts(posts[2] as Post, posts)).toEqual({ next: posts[0] });
    expect(adjacentPosts(posts[1] as Post, posts)).toEqual({ previous: posts[3] });
  });

  it('breaks same-date ties by slug, as loadPosts orders', () => {
    const sameDay = [
      part('x', '2024-01-01', undefined),
      part('y', '2024-01-01', undefined),
      part('z', '2024-01-01', undefined),
    ];
    const { previous, next } = adjacentPosts(sameDay[1] as Post, sameDay);
    // Newest first is x, y, z (slug ascending): x is "newer", z "older".
    expect([previous?.slug, next?.slug]).toEqual(['z', 'x']);
  });

  it('works for a post that is not in the list (a previewed draft)', () => {
    const draft = part('draft', '2024-02-15', undefined);
    const { previous, next } = adjacentPosts(draft, posts);
    expect([previous?.slug, next?.slug]).toEqual(['b', 'c']);
  });

  it("within: 'series' follows reading order, not dates", () => {
    expect(adjacentPosts(posts[1] as Post, posts, { within: 'series' })).toEqual({ next: posts[2] });
    expect(adjacentPosts(posts[2] as Post, posts, { within: 'series' })).toEqual({ previous: posts[1] });
    expect(adjacentPosts(posts[0] as Post, posts, { within: 'series' })).toEqual({});
  });
});
