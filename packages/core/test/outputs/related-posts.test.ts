import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/post.js';
import { relatedPosts } from '../../src/taxonomy/related-posts.js';
import { terms } from '../../src/taxonomy/text-vector.js';
import { makePost } from './fixtures.js';

const post = (slug: string, title: string, tags: string[] = [], extra: Partial<Post> = {}) =>
  makePost({ slug, title, tags, excerpt: '', ...extra });

const blog = [
  post('streams-1', 'Understanding Node.js streams', ['node', 'streams']),
  post('streams-2', 'Backpressure in streams', ['node', 'streams']),
  post('buffers', 'Working with buffers', ['node']),
  post('css-grid', 'A guide to CSS grid layout', ['css']),
  post('css-flex', 'Flexbox versus grid', ['css']),
  post('untagged-streams', 'Streams and pipelines explained'),
  post('release-1', 'Node v20 release notes', ['release']),
  post('release-2', 'Node v22 release notes', ['release']),
];
const bySlug = (slug: string) => blog.find((candidate) => candidate.slug === slug) as Post;
const slugs = (posts: readonly Post[]) => posts.map((candidate) => candidate.slug);

describe('relatedPosts', () => {
  it('ranks the post sharing tags and words first, and leaves unrelated topics out', () => {
    const related = slugs(relatedPosts(bySlug('streams-1'), blog, { limit: 3 }));
    expect(related[0]).toBe('streams-2');
    expect(related).toContain('untagged-streams');
    expect(related).not.toContain('css-grid');
    expect(related).not.toContain('css-flex');
  });

  it('never returns the post itself, even when it is listed twice', () => {
    const doubled = [...blog, bySlug('streams-1')];
    for (const candidate of blog) {
      expect(slugs(relatedPosts(candidate, doubled, { limit: 10 }))).not.toContain(candidate.slug);
    }
  });

  it('finds related posts for a post without tags by its text', () => {
    expect(slugs(relatedPosts(bySlug('untagged-streams'), blog, { limit: 2 }))).toEqual([
      'streams-2',
      'streams-1',
    ]);
  });

  it('returns only posts with something in common', () => {
    const lonely = post('lonely', 'Quixotic zymurgy');
    expect(relatedPosts(lonely, [...blog, lonely])).toEqual([]);
  });

  it('weights rarer shared tags more than common ones', () => {
    const posts = [
      post('target', 'Alpha', ['common', 'rare']),
      post('shares-common', 'Beta', ['common']),
      post('shares-rare', 'Gamma', ['rare']),
      post('c1', 'Delta', ['common']),
      post('c2', 'Epsilon', ['common']),
    ];
    expect(relatedPosts(posts[0] as Post, posts, { limit: 1 }).map((p) => p.slug)).toEqual(['shares-rare']);
  });

  it('respects limit and weights', () => {
    expect(relatedPosts(bySlug('streams-1'), blog, { limit: 1 })).toHaveLength(1);
    expect(relatedPosts(bySlug('streams-1'), blog, { limit: 0 })).toEqual([]);
    // Tags only: the untagged post about streams drops out; text only: the tag-mate about buffers does.
    const tagsOnly = slugs(
      relatedPosts(bySlug('streams-1'), blog, { weights: { tags: 1, text: 0 }, limit: 9 }),
    );
    expect(tagsOnly).toEqual(['streams-2', 'buffers']);
    const textOnly = slugs(
      relatedPosts(bySlug('streams-1'), blog, { weights: { tags: 0, text: 1 }, limit: 9 }),
    );
    expect(textOnly).toContain('untagged-streams');
    expect(textOnly).not.toContain('buffers');
    expect(() => relatedPosts(bySlug('streams-1'), blog, { limit: -1 })).toThrow(/limit must be ≥ 0/);
  });

  it('is deterministic and independent of input order; ties go to the newest post', () => {
    const reversed = [...blog].reverse();
    for (const candidate of blog) {
      expect(slugs(relatedPosts(candidate, reversed, { limit: 5 }))).toEqual(
        slugs(relatedPosts(candidate, blog, { limit: 5 })),
      );
    }
    const twins = [
      post('target', 'Ocean', ['sea']),
      post('older', 'Ocean', ['sea'], { date: '2023-01-01T00:00:00.000Z' }),
      post('newer', 'Ocean', ['sea'], { date: '2025-01-01T00:00:00.000Z' }),
    ];
    expect(slugs(relatedPosts(twins[0] as Post, twins))).toEqual(['newer', 'older']);
  });

  it('handles a post that is not in the list', () => {
    const outsider = post('outsider', 'More about streams', ['streams']);
    expect(slugs(relatedPosts(outsider, blog, { limit: 2 }))).toEqual(['streams-2', 'streams-1']);
  });
});

describe('terms', () => {
  it('lowercases, drops stop words, keeps dotted names and strips plurals', () => {
    expect(terms('The Streams of Node.js and V8 engines')).toEqual(['stream', 'node.js', 'v8', 'engine']);
  });
});
