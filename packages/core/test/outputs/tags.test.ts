import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagSlug } from '../../src/shared/slug.js';
import { getTags, postsWithTag } from '../../src/taxonomy/tags.js';
import { makePost } from './fixtures.js';

const tagged = (slug: string, ...tags: string[]) => makePost({ slug, tags });

describe('getTags', () => {
  it('counts posts per tag, most used first, ties by name (case-insensitive)', () => {
    const tags = getTags([
      tagged('a', 'react', 'Zod'),
      tagged('b', 'React', 'apple'),
      tagged('c', 'React', 'zod'),
      tagged('d', 'Banana'),
    ]);
    expect(tags).toEqual([
      { name: 'React', slug: 'react', count: 3 },
      { name: 'Zod', slug: 'zod', count: 2 },
      { name: 'apple', slug: 'apple', count: 1 },
      { name: 'Banana', slug: 'banana', count: 1 },
    ]);
  });

  it('merges case and punctuation variants under the most used spelling', () => {
    const tags = getTags([
      tagged('a', 'node.js'),
      tagged('b', 'Node.js'),
      tagged('c', 'Node.js'),
      tagged('d', 'NodeJS'),
    ]);
    expect(tags).toEqual([{ name: 'Node.js', slug: 'nodejs', count: 4 }]);
  });

  it('breaks a spelling tie by code point, so capitals win and order does not matter', () => {
    const forward = getTags([tagged('a', 'javascript'), tagged('b', 'JavaScript')]);
    const backward = getTags([tagged('b', 'JavaScript'), tagged('a', 'javascript')]);
    expect(forward).toEqual([{ name: 'JavaScript', slug: 'javascript', count: 2 }]);
    expect(backward).toEqual(forward);
  });

  it('counts a post once even if it lists two spellings of one tag', () => {
    expect(getTags([tagged('a', 'CSS', 'css')])).toEqual([{ name: 'CSS', slug: 'css', count: 1 }]);
  });

  it('ignores blank tags and normalizes spaces and Unicode composition', () => {
    const tags = getTags([
      tagged('a', '  ', 'Web  Perf'),
      tagged('b', 'web perf', 'Cafe\u0301'),
      tagged('c', 'Café'),
    ]);
    expect(tags).toEqual([
      { name: 'Café', slug: 'cafe', count: 2 },
      { name: 'Web Perf', slug: 'web-perf', count: 2 },
    ]);
  });

  it('merges spellings that differ only in Latin accents, as post slugs do', () => {
    const tags = getTags([tagged('a', 'Café'), tagged('b', 'Cafe'), tagged('c', 'Café')]);
    expect(tags).toEqual([{ name: 'Café', slug: 'cafe', count: 3 }]);
  });

  it('keeps tags apart that GitHub slugs would collapse: C, C++, C#', () => {
    expect(getTags([tagged('a', 'C', 'C++', 'C#')]).map((tag) => tag.slug)).toEqual([
      'c',
      'c-sharp',
      'c-plus-plus',
    ]);
  });
});

describe('tag slugs', () => {
  it.each([
    ['Node.js', 'nodejs'],
    ['React Server Components', 'react-server-components'],
    ['R&D', 'r-and-d'],
    ['  spaced   out ', 'spaced-out'],
    ['日本語', '日本語'],
    ['Привет мир', 'привет-мир'],
    ['עברית', 'עברית'],
    ['हिन्दी', 'हिन्दी'],
    ['a/b?c#d', 'abc-sharp-d'],
    ['Café', 'cafe'],
    ['Crème Brûlée', 'creme-brulee'],
    ['Tiếng Việt', 'tieng-viet'],
    ['Ｒｅａｃｔ', 'react'],
    ['Мой край', 'мой-край'],
  ])('%j → %j', (name, slug) => {
    expect(tagSlug(name)).toBe(slug);
  });

  it('gives a stable fingerprint slug to names with no letters or digits', () => {
    expect(tagSlug('🚀')).toMatch(/^tag-[0-9a-z]+$/);
    expect(tagSlug('🚀')).toBe(tagSlug('🚀'));
    expect(tagSlug('🚀')).not.toBe(tagSlug('🎉'));
  });

  it('is URL-safe, idempotent and percent-encoding round-trips for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (name) => {
        const slug = tagSlug(name);
        expect(slug).not.toBe('');
        expect(slug).not.toMatch(/[\s/?#%&+<>"'\\]/);
        expect(slug).not.toMatch(/^-|-$/);
        expect(slug).toBe(slug.toLowerCase());
        expect(tagSlug(slug)).toBe(slug);
        expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug);
      }),
      { numRuns: 300 },
    );
  });
});

describe('postsWithTag', () => {
  const posts = [tagged('a', 'Node.js'), tagged('b', 'nodejs', 'Streams'), tagged('c', '日本語')];

  it('finds posts by slug or by any spelling', () => {
    expect(postsWithTag(posts, 'nodejs').map((post) => post.slug)).toEqual(['a', 'b']);
    expect(postsWithTag(posts, 'NODE.JS').map((post) => post.slug)).toEqual(['a', 'b']);
  });

  it('accepts a percent-encoded route param', () => {
    expect(postsWithTag(posts, encodeURIComponent('日本語')).map((post) => post.slug)).toEqual(['c']);
  });
});
