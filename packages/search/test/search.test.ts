import type { Post } from '@inkwell/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as BuildEntry from '../src/index.js';
import {
  buildSearchIndex,
  INDEX_FORMAT_VERSION,
  type IndexablePost,
  loadSearchIndex,
  SearchIndexFormatError,
} from '../src/index.js';
import type * as BrowserEntry from '../src/query.js';
import { post, posts } from './fixtures.js';

const index = loadSearchIndex(buildSearchIndex(posts));
const slugs = (query: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(query, options).map((result) => result.slug);

describe('query policy', () => {
  it('finds a title word with a typo (one edit, and swapped letters)', () => {
    expect(slugs('backpresure')[0]).toBe('streams');
    expect(slugs('Wroker threads')[0]).toBe('workers');
  });

  it('completes the word being typed by prefix, but not a finished word', () => {
    expect(slugs('backpr')[0]).toBe('streams');
    expect(slugs('wor')).toContain('workers');
    // A trailing space ends the word: no prefix, and three letters are too short for typos.
    expect(slugs('wor ')).toEqual([]);
  });

  it('matches plural and singular (light stemming)', () => {
    expect(slugs('stream')[0]).toBe('streams');
    expect(slugs('worker thread')[0]).toBe('workers');
  });

  it('ranks a quoted phrase above the same words apart', () => {
    expect(slugs('event loop')).toEqual(expect.arrayContaining(['event-loop', 'changelog']));
    expect(slugs('"event loop"')[0]).toBe('event-loop');
  });

  it('folds diacritics on both sides', () => {
    expect(slugs('cafe')[0]).toBe('cafe');
    expect(slugs('CAFÉ')[0]).toBe('cafe');
    expect(slugs('creme brulee')[0]).toBe('cafe');
  });

  it('puts posts with every word first, then falls back to posts with some (AND, then OR)', () => {
    expect(slugs('streams backpressure')[0]).toBe('streams');
    // No post has both words: the OR fallback still answers.
    expect(slugs('streams zebra')).toEqual(['streams']);
    expect(slugs('parallel pipeline').sort()).toEqual(['streams', 'workers']);
  });

  it('ranks an exact title first', () => {
    expect(slugs('Release notes')[0]).toBe('changelog');
    expect(slugs('the event loop explained')[0]).toBe('event-loop');
  });

  it('applies user synonyms given at build time', () => {
    const withSynonyms = loadSearchIndex(buildSearchIndex(posts, { synonyms: { js: ['javascript'] } }));
    expect(withSynonyms.search('js').map((r) => r.slug)).toContain('javascript');
    expect(slugs('js')).not.toContain('javascript');
  });

  it('can favour recent posts', () => {
    // Two posts on one topic: the older says it a little more, the newer is three years younger.
    const older = post(
      'older',
      'Performance tuning',
      [{ html: '<p>Performance budgets and performance tests.</p>' }],
      {
        date: '2021-01-01T00:00:00.000Z',
      },
    );
    const newer = post(
      'newer',
      'Performance tuning',
      [{ html: '<p>Budgets and tests for performance.</p>' }],
      {
        date: '2024-01-01T00:00:00.000Z',
      },
    );
    const pair = loadSearchIndex(buildSearchIndex([newer, older]));
    const order = (recency?: number) => pair.search('performance', { recency }).map((result) => result.slug);
    // The order flips: the better match leads without recency, the newer post with it.
    expect(order()).toEqual(['older', 'newer']);
    expect(order(5)).toEqual(['newer', 'older']);
  });

  it('indexes code blocks but prefers prose for snippets', () => {
    const [result] = index.search('crunchNumbers');
    expect(result?.slug).toBe('workers');
    expect(result?.section?.id).toBe('example');
    expect(result?.snippet?.text).toBe('The worker posts its result back.');
    const noCode = loadSearchIndex(buildSearchIndex(posts, { codeLimit: 0 }));
    expect(noCode.search('crunchNumbers')).toEqual([]);
  });
});

describe('results', () => {
  it('rolls sections up to one result per post, with the best section', () => {
    const results = index.search('sharing memory workers');
    expect(results.filter((r) => r.slug === 'workers')).toHaveLength(1);
    expect(results[0]?.section).toEqual({ id: 'sharing-memory', title: 'Sharing memory' });
    // A match at the top of a post has no section.
    expect(index.search('chunks')[0]?.section).toBeUndefined();
  });

  it('carries what a result list displays', () => {
    const [result] = index.search('paris');
    expect(result).toMatchObject({
      slug: 'cafe',
      title: 'Café culture in Paris',
      description: 'Où boire un café à Paris.',
      tags: ['travel'],
      date: '2024-01-01T00:00:00.000Z',
    });
    expect(result?.score).toBeGreaterThan(0);
  });

  it('returns snippet highlight ranges on the matched words, prefix and typo matches included', () => {
    const check = (query: string, expected: string[]) => {
      const snippet = index.search(query)[0]?.snippet;
      expect(snippet).toBeDefined();
      const marked = snippet?.highlights.map(([start, end]) => snippet.text.slice(start, end).toLowerCase());
      expect(marked).toEqual(expected);
    };
    check('backpr', ['backpressure']);
    check('producr pause', ['pause', 'producer'].sort((a, b) => a.localeCompare(b)).reverse());
    check('café', ['café']);
  });

  it('filters by tags (all of them)', () => {
    expect(slugs('node', { tags: ['performance'] }).sort()).toEqual(['event-loop', 'workers']);
    expect(slugs('node', { tags: ['performance', 'streams'] })).toEqual([]);
    expect(slugs('streams', { tags: ['node', 'streams'] })).toEqual(['streams']);
  });

  it('respects limit', () => {
    expect(index.search('node', { limit: 1 })).toHaveLength(1);
    expect(index.search('node', { limit: 0 })).toEqual([]);
  });
});

describe('links', () => {
  it("stores each post's URL: /posts/<slug>/ by default, or what options.href returns", () => {
    expect(index.search('paris')[0]?.href).toBe('/posts/cafe/');
    const custom = loadSearchIndex(buildSearchIndex(posts, { href: (p) => `/blog/${p.slug}.html` }));
    expect(custom.search('paris')[0]?.href).toBe('/blog/cafe.html');
    const odd = loadSearchIndex(buildSearchIndex([post('a b', 'Zebra', [{ html: '<p>x</p>' }])]));
    expect(odd.search('zebra')[0]?.href).toBe('/posts/a%20b/');
  });

  it('rejects an href option that returns no string, naming the post', () => {
    expect(() => buildSearchIndex(posts, { href: () => undefined as unknown as string })).toThrow(
      /href returned undefined for post "streams"/,
    );
  });
});

describe('filter-only search', () => {
  it("lists a tag's posts newest first when the query is empty", () => {
    expect(slugs('', { tags: ['performance'] })).toEqual(['workers', 'event-loop']);
    expect(slugs('  ', { tags: ['node'] })).toEqual(['workers', 'streams', 'event-loop']);
    expect(slugs('', { tags: ['node'], limit: 1 })).toEqual(['workers']);
    expect(slugs('', { tags: ['nope'] })).toEqual([]);
    // No query and no filter: nothing to list.
    expect(slugs('')).toEqual([]);
  });
});

describe('searchWithTags()', () => {
  it("returns the results of search() and tag counts over the query's matches", () => {
    const { results, tags } = index.searchWithTags('worker');
    expect(results).toEqual(index.search('worker'));
    expect(tags).toEqual([
      { tag: 'node', count: 1 },
      { tag: 'performance', count: 1 },
    ]);
  });

  it('counts over all posts for an empty query, with the filter applied', () => {
    expect(index.searchWithTags('').tags).toEqual(index.tags());
    const filtered = index.searchWithTags('', { tags: ['performance'] });
    expect(filtered.results.map((r) => r.slug)).toEqual(['workers', 'event-loop']);
    expect(filtered.tags).toEqual([
      { tag: 'node', count: 2 },
      { tag: 'performance', count: 2 },
    ]);
  });
});

describe('tags()', () => {
  it('counts tags over all posts, and over the posts a query matches', () => {
    expect(index.tags()[0]).toEqual({ tag: 'node', count: 3 });
    expect(index.tags().find((t) => t.tag === 'travel')).toEqual({ tag: 'travel', count: 1 });
    expect(index.tags('worker')).toEqual([
      { tag: 'node', count: 1 },
      { tag: 'performance', count: 1 },
    ]);
  });
});

describe('suggest()', () => {
  it('completes the last word with words that occur with the earlier ones', () => {
    expect(index.suggest('worker thr')).toEqual(['worker thread']);
    expect(index.suggest('backp')).toEqual(['backpressure']);
    expect(index.suggest('backpressure ')).toEqual([]);
    expect(index.suggest('')).toEqual([]);
  });
});

describe('bad queries', () => {
  const bad = [
    '',
    '   ',
    '?!.,;:',
    'a'.repeat(10_000),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: regex metacharacters on purpose.
    '.*+?^${}()|[]\\/',
    '🚀🔥',
    '节点 服务器',
    'مرحبا',
    'e\u0301\u0301',
    '\u0301',
    '__proto__',
    'constructor',
    'toString hasOwnProperty',
    '"unterminated',
    '""',
  ];
  it.each(bad)('never throws: %j', (query) => {
    expect(Array.isArray(index.search(query))).toBe(true);
    expect(Array.isArray(index.tags(query))).toBe(true);
    expect(Array.isArray(index.suggest(query))).toBe(true);
  });

  it('returns nothing for a query without words', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('?!')).toEqual([]);
  });
});

describe('serialization', () => {
  it('round-trips through the string and through parsed JSON', () => {
    const serialized = buildSearchIndex(posts);
    expect(JSON.parse(serialized)).toMatchObject({ format: 'inkwell-search', version: INDEX_FORMAT_VERSION });
    const again = loadSearchIndex(JSON.parse(serialized));
    expect(again.search('backpressure')).toEqual(index.search('backpressure'));
    expect(buildSearchIndex(posts)).toBe(serialized); // deterministic
  });

  it('rejects another format version with an error that says to rebuild', () => {
    const data = JSON.parse(buildSearchIndex(posts));
    data.version = INDEX_FORMAT_VERSION + 1;
    expect(() => loadSearchIndex(JSON.stringify(data))).toThrow(SearchIndexFormatError);
    expect(() => loadSearchIndex(data)).toThrow(
      new RegExp(
        `version ${INDEX_FORMAT_VERSION + 1}.*reads version ${INDEX_FORMAT_VERSION}.*Rebuild the index`,
      ),
    );
  });

  it('rejects foreign and damaged input', () => {
    expect(() => loadSearchIndex('{"documentCount":1}')).toThrow(/not an Inkwell search index.*Rebuild/);
    expect(() => loadSearchIndex('{"format":')).toThrow(/not valid JSON.*Rebuild/);
    expect(() => loadSearchIndex('null')).toThrow(SearchIndexFormatError);
    const damaged = JSON.parse(buildSearchIndex(posts));
    damaged.engine = 'nope';
    expect(() => loadSearchIndex(damaged)).toThrow(/damaged.*Rebuild/);
  });
});

describe('first tier (headings)', () => {
  const tier = loadSearchIndex(buildSearchIndex(posts, { tier: 'headings' }));

  it('answers title, heading, tag and description queries without body text', () => {
    expect(tier.tier).toBe('headings');
    expect(tier.search('understanding streams')[0]?.slug).toBe('streams');
    expect(tier.search('sharing memory')[0]?.section?.id).toBe('sharing-memory');
    expect(tier.search('readable writable')[0]?.slug).toBe('streams');
    expect(tier.search('sharedarraybuffer')).toEqual([]);
  });

  it('is smaller than the full index', () => {
    expect(buildSearchIndex(posts, { tier: 'headings' }).length).toBeLessThan(buildSearchIndex(posts).length);
  });
});

describe('input', () => {
  it('accepts the posts @inkwell/core loads', () => {
    expectTypeOf<Post>().toExtend<IndexablePost>();
  });

  it('exports the same result types from the build entry and the browser entry', () => {
    expectTypeOf<BuildEntry.SearchResult>().toEqualTypeOf<BrowserEntry.SearchResult>();
    expectTypeOf<BuildEntry.TagCount>().toEqualTypeOf<BrowserEntry.TagCount>();
    expectTypeOf<BuildEntry.SearchWithTags>().toEqualTypeOf<BrowserEntry.SearchWithTags>();
    expectTypeOf<BrowserEntry.SearchResult['href']>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<BrowserEntry.SearchIndex['searchWithTags']>>().toEqualTypeOf<{
      results: BrowserEntry.SearchResult[];
      tags: BrowserEntry.TagCount[];
    }>();
  });
});

describe('sections', () => {
  it('splits only at table-of-contents headings and ignores headings without an id', () => {
    const p = post('x', 'X', [
      { html: '<h3>Not in toc</h3><p>zebra</p>' },
      { heading: 'Real', html: '<p>yak</p>' },
    ]);
    const single = loadSearchIndex(buildSearchIndex([p]));
    expect(single.search('zebra')[0]?.section).toBeUndefined();
    expect(single.search('yak')[0]?.section?.id).toBe('real');
  });

  it('leaves controls such as the copy button of a code block out of the text', () => {
    const p = post('x', 'X', [
      {
        heading: 'Gzip',
        html: '<figure><pre><code>gzip()</code></pre><button type="button" data-inkwell-copy aria-label="Copy code">Copy</button></figure><p>Compress the output.</p>',
      },
    ]);
    const index = loadSearchIndex(buildSearchIndex([p]));
    expect(index.search('copy')).toEqual([]);
    expect(index.search('compress')[0]?.snippet?.text).toBe('Compress the output.');
  });
});
