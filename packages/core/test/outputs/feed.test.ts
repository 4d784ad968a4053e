import { describe, expect, it } from 'vitest';
import { createFeed } from '../../src/feed/create-feed.js';
import type { CreateFeedOptions } from '../../src/feed/feed-data.js';
import type { Post } from '../../src/post.js';
import { helloWorld, makePost, posts, site } from './fixtures.js';
import { at, parseXml } from './xml.js';

type Overrides = Partial<CreateFeedOptions>;

/** Writes a feed and parses it back: the `<rss>` element, the Atom `<feed>`, or the JSON object. */
const rss = (input: readonly Post[], options: Overrides = {}) =>
  at(parseXml(createFeed(input, { format: 'rss', site, ...options })), 'rss');
const atom = (input: readonly Post[], options: Overrides = {}) =>
  at(parseXml(createFeed(input, { format: 'atom', site, ...options })), 'feed');
const json = (input: readonly Post[], options: Overrides = {}): unknown =>
  JSON.parse(createFeed(input, { format: 'json', site, ...options }));

describe('createFeed: RSS 2.0', () => {
  const feed = rss(posts);

  it('has the required channel elements and a self link', () => {
    expect(at(feed, '@version')).toBe('2.0');
    expect(at(feed, 'channel')).toMatchObject({
      title: 'Example Blog',
      link: 'https://example.com/blog/',
      description: 'Notes on building things for the web.',
      language: 'en-US',
      'atom:link': {
        '@href': 'https://example.com/blog/rss.xml',
        '@rel': 'self',
        '@type': 'application/rss+xml',
      },
    });
  });

  it('takes lastBuildDate from the newest updated||date, not the clock', () => {
    expect(at(feed, 'channel.lastBuildDate')).toBe('Tue, 02 Apr 2024 12:30:00 GMT');
  });

  it('lists items newest first with absolute links, permalink guids and RFC 822 dates', () => {
    expect([0, 1, 2].map((i) => at(feed, `channel.item.${i}.link`))).toEqual([
      'https://example.com/blog/posts/streams-part-2/',
      'https://example.com/blog/posts/streams-part-1/',
      'https://example.com/blog/posts/hello-world/',
    ]);
    expect(at(feed, 'channel.item.0')).toMatchObject({
      guid: { '#text': 'https://example.com/blog/posts/streams-part-2/', '@isPermaLink': 'true' },
      pubDate: 'Fri, 08 Mar 2024 09:00:00 GMT',
      description: 'Writable streams, pipeline() and error handling.',
    });
  });

  it('turns narration audio into an enclosure with its MIME type and a length', () => {
    expect(at(feed, 'channel.item.0.enclosure')).toEqual([
      { '@url': 'https://example.com/audio/streams-part-2.mp3', '@length': '0', '@type': 'audio/mpeg' },
    ]);
    const withLength = rss(posts, { audioLength: (post) => (post.audio ? 123_456 : undefined) });
    expect(at(withLength, 'channel.item.0.enclosure.0.@length')).toBe('123456');
  });

  it('carries the narration duration as itunes:duration in whole seconds', () => {
    expect(at(feed, 'channel.item.0.itunes:duration')).toBe('754');
    expect(at(feed, 'channel.item.1.itunes:duration')).toBeUndefined();
    expect(at(feed, '@xmlns:itunes')).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
  });

  it('turns tags into categories under their site-wide display name', () => {
    // Part 2 spells its tags "node.js"/"streams"; the spelling used most ("Node.js") wins.
    expect([0, 1, 2].map((i) => at(feed, `channel.item.${i}.category`))).toEqual([
      ['Node.js', 'Streams'],
      ['Node.js', 'Streams'],
      ['Meta'],
    ]);
  });

  it('puts full HTML with absolute URLs in content:encoded', () => {
    const html = String(at(feed, 'channel.item.1.content:encoded'));
    expect(html).toContain('<a href="https://example.com/blog/posts/streams-part-1/#backpressure">');
    expect(html).toContain('<a href="https://example.com/blog/posts/streams-part-2/">');
    expect(html).toContain('src="https://example.com/images/pipe.png"');
    expect(html).toContain(
      'srcset="https://example.com/images/pipe.png 1x, https://example.com/images/pipe@2x.png 2x"',
    );
  });

  it('gives the cover image as media:thumbnail', () => {
    expect(at(feed, 'channel.item.0.media:thumbnail')).toEqual({
      '@url': 'https://example.com/images/streams-cover.png',
    });
  });
});

describe('createFeed: Atom 1.0', () => {
  const feed = atom(posts);

  it('has id, title, updated, author and alternate/self links (RFC 4287 §4.1.1)', () => {
    expect(feed).toMatchObject({
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': 'en-US',
      id: 'https://example.com/blog/',
      title: { '#text': 'Example Blog', '@type': 'text' },
      updated: '2024-04-02T12:30:00.000Z',
      author: { name: 'Ada Lovelace', email: 'ada@example.com', uri: 'https://example.com/blog/about/' },
      link: [
        { '@rel': 'alternate', '@type': 'text/html', '@href': 'https://example.com/blog/' },
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': 'https://example.com/blog/atom.xml' },
      ],
    });
  });

  it('gives each entry id, link, published/updated, summary, content, categories', () => {
    expect(at(feed, 'entry.0')).toMatchObject({
      id: 'https://example.com/blog/posts/streams-part-2/',
      published: '2024-03-08T09:00:00.000Z',
      updated: '2024-04-02T12:30:00.000Z',
      summary: { '#text': 'Writable streams, pipeline() and error handling.', '@type': 'text' },
      content: { '@type': 'html' },
      category: [{ '@term': 'Node.js' }, { '@term': 'Streams' }],
    });
    expect(at(feed, 'entry.0.content.#text')).toContain(
      'src="https://example.com/blog/posts/streams-part-2/media/demo.mp4"',
    );
  });

  it('links narration audio as rel="enclosure" with its MIME type and title', () => {
    expect(at(feed, 'entry.0.link.1')).toEqual({
      '@rel': 'enclosure',
      '@type': 'audio/mpeg',
      '@title': 'Streams, part 2 (narrated)',
      '@href': 'https://example.com/audio/streams-part-2.mp3',
    });
  });

  it('falls back to the site title as feed author, which Atom requires', () => {
    const { author: _author, ...anonymous } = site;
    expect(at(atom(posts, { site: anonymous }), 'author')).toEqual({ name: 'Example Blog' });
  });
});

describe('createFeed: JSON Feed 1.1', () => {
  const feed = json(posts);

  it('has version 1.1 top-level fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Example Blog',
      home_page_url: 'https://example.com/blog/',
      feed_url: 'https://example.com/blog/feed.json',
      description: 'Notes on building things for the web.',
      language: 'en-US',
      authors: [{ name: 'Ada Lovelace', url: 'https://example.com/blog/about/' }],
    });
    expect(feed).not.toHaveProperty('author'); // deprecated in 1.1
  });

  it('gives items id, url, dates, tags, image and an audio attachment', () => {
    expect(at(feed, 'items.0')).toMatchObject({
      id: 'https://example.com/blog/posts/streams-part-2/',
      url: 'https://example.com/blog/posts/streams-part-2/',
      title: 'Streams in depth, part 2',
      summary: 'Writable streams, pipeline() and error handling.',
      image: 'https://example.com/images/streams-cover.png',
      date_published: '2024-03-08T09:00:00.000Z',
      date_modified: '2024-04-02T12:30:00.000Z',
      tags: ['Node.js', 'Streams'],
      attachments: [
        {
          url: 'https://example.com/audio/streams-part-2.mp3',
          mime_type: 'audio/mpeg',
          title: 'Streams, part 2 (narrated)',
          duration_in_seconds: 754,
        },
      ],
    });
    expect(at(feed, 'items.0.content_html')).toContain(
      'https://example.com/blog/posts/streams-part-2/poster.jpg',
    );
  });

  it('uses size_in_bytes when the audio length is known', () => {
    expect(at(json(posts, { audioLength: () => 2048 }), 'items.0.attachments.0.size_in_bytes')).toBe(2048);
  });
});

describe('createFeed options', () => {
  it("content: 'excerpt' leaves the HTML out of every format", () => {
    expect(at(rss(posts, { content: 'excerpt' }), 'channel.item.0')).not.toHaveProperty('content:encoded');
    expect(at(atom(posts, { content: 'excerpt' }), 'entry.0')).not.toHaveProperty('content');
    const item = at(json(posts, { content: 'excerpt' }), 'items.0');
    expect(item).not.toHaveProperty('content_html');
    expect(at(item, 'content_text')).toBe('Writable streams, pipeline() and error handling.');
  });

  it('uses the excerpt when a post has no description', () => {
    expect(at(json([helloWorld]), 'items.0.summary')).toBe('First post.');
  });

  it('limit keeps the newest posts, whatever the input order', () => {
    const many = Array.from({ length: 30 }, (_, day) =>
      makePost({ slug: `day-${day}`, date: new Date(Date.UTC(2024, 0, day + 1)).toISOString() }),
    );
    const shuffled = [...many].reverse();
    expect(at(json(shuffled), 'items.length')).toBe(20); // default
    const two = json(shuffled, { limit: 2 });
    expect([at(two, 'items.0.url'), at(two, 'items.1.url'), at(two, 'items.length')]).toEqual([
      'https://example.com/blog/posts/day-29/',
      'https://example.com/blog/posts/day-28/',
      2,
    ]);
    expect(at(json(shuffled, { limit: Number.POSITIVE_INFINITY }), 'items.length')).toBe(30);
    expect(() => json(many, { limit: -1 })).toThrow(/limit must be a whole number/);
    expect(() => json(many, { limit: 1.5 })).toThrow(/limit must be a whole number/);
  });

  it('takes feedUrl, title and description overrides (e.g. a per-tag feed)', () => {
    const feed = atom(posts, {
      feedUrl: '/tags/streams/atom.xml',
      title: 'Example Blog: Streams',
      description: 'Streams',
    });
    expect(at(feed, 'title.#text')).toBe('Example Blog: Streams');
    expect(at(feed, 'subtitle.#text')).toBe('Streams');
    expect(at(feed, 'link.1.@href')).toBe('https://example.com/blog/tags/streams/atom.xml');
  });

  it('uses site.postUrl for links, absolute or as a path under the site', () => {
    const dated = { ...site, postUrl: (post: Post) => `/${post.date.slice(0, 4)}/${post.slug}.html` };
    expect(at(json(posts, { site: dated }), 'items.0.url')).toBe(
      'https://example.com/blog/2024/streams-part-2.html',
    );
    const external = { ...site, postUrl: (post: Post) => `https://cdn.example.org/${post.slug}` };
    expect(at(json(posts, { site: external }), 'items.0.url')).toBe('https://cdn.example.org/streams-part-2');
  });

  it('writes a valid empty feed with a fixed date when there are no posts', () => {
    expect(at(rss([]), 'channel.lastBuildDate')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(at(atom([]), 'updated')).toBe('1970-01-01T00:00:00.000Z');
    expect(at(json([]), 'items')).toEqual([]);
  });
});

describe('createFeed errors say what to do', () => {
  it('rejects a relative or non-http site.url', () => {
    expect(() => createFeed(posts, { format: 'rss', site: { ...site, url: 'example.com' } })).toThrow(
      /site\.url must be an absolute URL such as "https:\/\/example\.com", got "example\.com"/,
    );
    expect(() => createFeed(posts, { format: 'rss', site: { ...site, url: 'ftp://example.com' } })).toThrow(
      /http\(s\) URL/,
    );
  });

  it('names the file and field of an invalid date', () => {
    const broken = makePost({ slug: 'broken', file: 'broken.md', date: 'someday' });
    expect(() => createFeed([broken], { format: 'atom', site })).toThrow(
      /broken\.md: field "date" is not a valid date: "someday"/,
    );
  });

  it('asks for audio.mimeType when the extension says nothing', () => {
    const narrated = makePost({ slug: 'n', file: 'n.md', audio: { src: '/audio/stream' } });
    expect(() => createFeed([narrated], { format: 'rss', site })).toThrow(
      /n\.md: cannot tell the MIME type of audio\.src "\/audio\/stream"\. Add audio\.mimeType/,
    );
    const typed = makePost({ slug: 't', audio: { src: '/audio/stream', mimeType: 'audio/ogg' } });
    expect(at(json([typed]), 'items.0.attachments.0.mime_type')).toBe('audio/ogg');
  });

  it('names the file and field of a cover image that is not a URL', () => {
    const broken = makePost({ slug: 'c', file: 'c.md', coverImage: 'http://[bad' });
    expect(() => createFeed([broken], { format: 'json', site })).toThrow(
      /c\.md: field "coverImage" is not a valid URL or path: "http:\/\/\[bad"/,
    );
  });

  it('rejects an unknown format', () => {
    // @ts-expect-error testing a JavaScript caller
    expect(() => createFeed(posts, { format: 'rdf', site })).toThrow(
      /format must be "rss", "atom" or "json"/,
    );
  });
});
