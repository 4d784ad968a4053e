import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeed } from '../../src/feed/create-feed.js';
import { stripInvalidXmlChars } from '../../src/shared/clean-text.js';
import { createSitemap } from '../../src/sitemap/create-sitemap.js';
import { makePost, site } from './fixtures.js';
import { assertWellFormedXml, at, parseXml } from './xml.js';

/** C0 controls but tab/newline/return, and U+FFFE/U+FFFF: what XML 1.0 cannot contain. */
const forbiddenInXml = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || code === 0xfffe || code === 0xffff;
};

const CONTROL = '\u0000\u0008\u000b\u000c\u001b\u007f\ufffe\uffff';
const HOSTILE_TITLE = `Tom & Jerry <script>alert("x")</script> 🎉 שלום עולם \u202eevil\u202c ${CONTROL} lone \ud800 and \udfff ]]> done`;
/** What readers must see: everything but the characters XML cannot carry. */
const EXPECTED_TITLE =
  'Tom & Jerry <script>alert("x")</script> 🎉 שלום עולם \u202eevil\u202c \u007f lone  and  ]]> done';

const hostile = makePost({
  slug: 'hostile',
  title: HOSTILE_TITLE,
  description: `Description with ${CONTROL} & <b>markup</b> and ]]>`,
  tags: ['<tag> & "quotes"', `bell\u0007`, 'עברית'],
  html: `<p>Body ]]> with ${CONTROL} and <a href="/x?a=1&amp;b=2">link</a></p><script>alert(1)</script>`,
  coverImage: '/images/cover "quoted".png',
  coverImageAlt: `Alt "quoted" & ${CONTROL}`,
  audio: { src: '/audio/a b.mp3', title: `Narration <${CONTROL}>` },
});

describe('a post with hostile text', () => {
  it.each(['rss', 'atom'] as const)('gives a well-formed %s feed whose title reads as written', (format) => {
    const xml = createFeed([hostile], { format, site });
    expect(() => assertWellFormedXml(xml)).not.toThrow();
    const parsed = parseXml(xml);
    const title = at(parsed, format === 'rss' ? 'rss.channel.item.0.title' : 'feed.entry.0.title.#text');
    expect(title).toBe(EXPECTED_TITLE);
    expect([...xml].filter(forbiddenInXml)).toEqual([]);
  });

  it('keeps the markup-looking title as text: Atom type="text", RSS escaped (never live <script>)', () => {
    const atom = createFeed([hostile], { format: 'atom', site });
    expect(atom).toContain('<title type="text">Tom &amp; Jerry &lt;script&gt;');
    const rss = createFeed([hostile], { format: 'rss', site });
    expect(rss).toContain('<title>Tom &amp; Jerry &lt;script&gt;');
    // RSS <description> is HTML: plain text is HTML-escaped, then XML-escaped.
    expect(rss).toContain('&amp;lt;b&amp;gt;markup&amp;lt;/b&amp;gt;');
  });

  it('gives JSON Feed that parses back to the same clean text, with no lone surrogate', () => {
    const text = createFeed([hostile], { format: 'json', site });
    const item = JSON.parse(text).items[0];
    expect(item.title).toBe(EXPECTED_TITLE);
    expect(item.tags).toEqual(['<tag> & "quotes"', 'bell', 'עברית']);
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    expect(text).not.toMatch(/[\ud800-\udfff]/u); // lone surrogates only: pairs match as one code point
  });

  it('splits "]]>" inside CDATA so HTML content survives', () => {
    const parsed = parseXml(createFeed([hostile], { format: 'rss', site }));
    expect(at(parsed, 'rss.channel.item.0.content:encoded')).toContain('Body ]]> with');
  });

  it('gives a well-formed sitemap for a hostile slug', () => {
    const xml = createSitemap([makePost({ slug: 'a&b<c>"d"\u0000' })], { site });
    expect(() => assertWellFormedXml(xml)).not.toThrow();
  });
});

/** Any text, biased towards what breaks XML and JSON. */
const nastyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('&', '<', '>', '"', "'", ']]>', '<![CDATA[', '&amp;', '\u0000', '\u001b', '\r', '\t'),
      fc.constantFrom('\ud800', '\udc00', '\ufffe', '🎉', '\u202e', 'é', 'e\u0301', '日本'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const squash = (text: string) => stripInvalidXmlChars(text).replace(/\s+/g, ' ').trim();

describe('any text in any field', () => {
  it('always gives well-formed XML and valid JSON whose title reads back', () => {
    fc.assert(
      fc.property(nastyText, nastyText, nastyText, nastyText, (title, description, tag, html) => {
        const post = makePost({ slug: 'p', title, description, tags: [tag], html, excerpt: html });
        const rss = createFeed([post], { format: 'rss', site });
        const atom = createFeed([post], { format: 'atom', site });
        assertWellFormedXml(rss);
        assertWellFormedXml(atom);
        const item = JSON.parse(createFeed([post], { format: 'json', site })).items[0];
        const expected = squash(title) === '' ? 'p' : squash(title);
        expect(squash(item.title)).toBe(expected);
        const atomTitle = at(parseXml(atom), 'feed.entry.0.title.#text');
        expect(squash(String(atomTitle ?? ''))).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});
