import { describe, expect, it } from 'vitest';
import { headTagsToHtml, metadataToHeadTags, postMetaTags } from '../../src/metadata/meta-tags.js';
import { postMetadata } from '../../src/metadata/post-metadata.js';
import { helloWorld, makePost, site, streamsPart2 } from './fixtures.js';

describe('postMetadata', () => {
  it('gives everything link previews read, with absolute URLs (Next.js Metadata shape)', () => {
    expect(postMetadata(streamsPart2, site)).toEqual({
      title: 'Streams in depth, part 2',
      description: 'Writable streams, pipeline() and error handling.',
      alternates: { canonical: 'https://example.com/blog/posts/streams-part-2/' },
      authors: [{ name: 'Ada Lovelace', url: 'https://example.com/blog/about/' }],
      keywords: ['node.js', 'streams'],
      openGraph: {
        type: 'article',
        url: 'https://example.com/blog/posts/streams-part-2/',
        title: 'Streams in depth, part 2',
        description: 'Writable streams, pipeline() and error handling.',
        siteName: 'Example Blog',
        locale: 'en_US',
        images: [{ url: 'https://example.com/images/streams-cover.png', alt: 'Water flowing through pipes' }],
        audio: [{ url: 'https://example.com/audio/streams-part-2.mp3', type: 'audio/mpeg' }],
        publishedTime: '2024-03-08T09:00:00.000Z',
        modifiedTime: '2024-04-02T12:30:00.000Z',
        authors: ['https://example.com/blog/about/'],
        tags: ['node.js', 'streams'],
      },
      twitter: {
        card: 'summary_large_image',
        title: 'Streams in depth, part 2',
        description: 'Writable streams, pipeline() and error handling.',
        images: [{ url: 'https://example.com/images/streams-cover.png', alt: 'Water flowing through pipes' }],
        site: '@exampleblog',
      },
    });
  });

  it("falls back to the excerpt, the site's image with its alt, and modified = published", () => {
    const metadata = postMetadata(helloWorld, site);
    expect(metadata.description).toBe('First post.');
    expect(metadata.openGraph.images).toEqual([
      { url: 'https://example.com/blog/og-default.png', alt: 'Example Blog logo' },
    ]);
    expect(metadata.openGraph.modifiedTime).toBe(metadata.openGraph.publishedTime);
    expect(metadata.twitter.card).toBe('summary_large_image');
  });

  it('uses the title as alt for a cover image without one, and a summary card without any image', () => {
    const cover = makePost({ slug: 'c', title: 'Covered', coverImage: 'cover.jpg' });
    expect(postMetadata(cover, site).openGraph.images).toEqual([
      { url: 'https://example.com/blog/posts/c/cover.jpg', alt: 'Covered' },
    ]);
    const { image: _image, ...noImage } = site;
    const bare = postMetadata(makePost({ slug: 'b' }), noImage);
    expect(bare.twitter.card).toBe('summary');
    expect(bare.openGraph).not.toHaveProperty('images');
  });

  it('gives twitter:creator from the author handle and drops control characters', () => {
    const withHandle = { ...site, author: { name: 'Ada', twitter: '@ada' } };
    const metadata = postMetadata(makePost({ slug: 'x', title: 'Bell\u0007 title\u0000' }), withHandle);
    expect(metadata.twitter.creator).toBe('@ada');
    expect(metadata.title).toBe('Bell title');
  });
});

describe('postMetaTags / headTagsToHtml', () => {
  it('gives one tag per property, og:* and article:* as property, the rest as name', () => {
    const tags = postMetaTags(streamsPart2, site);
    const byKey = (key: string) =>
      tags
        .filter((tag) => tag.attributes.property === key || tag.attributes.name === key)
        .map((tag) => tag.attributes.content);
    expect(tags[0]).toEqual({ tag: 'title', attributes: {}, text: 'Streams in depth, part 2' });
    expect(tags).toContainEqual({
      tag: 'link',
      attributes: { rel: 'canonical', href: 'https://example.com/blog/posts/streams-part-2/' },
    });
    expect(byKey('og:image:alt')).toEqual(['Water flowing through pipes']);
    expect(byKey('article:tag')).toEqual(['node.js', 'streams']);
    expect(byKey('twitter:card')).toEqual(['summary_large_image']);
    for (const tag of tags.filter((t) => t.tag === 'meta')) {
      const key = tag.attributes.property ?? tag.attributes.name ?? '';
      expect(key.startsWith('og:') || key.startsWith('article:')).toBe('property' in tag.attributes);
    }
  });

  it('matches metadataToHeadTags(postMetadata(…))', () => {
    expect(postMetaTags(streamsPart2, site)).toEqual(metadataToHeadTags(postMetadata(streamsPart2, site)));
  });

  it('escapes attributes and title text', () => {
    const hostile = makePost({ slug: 'h', title: '"Quotes" & <tags>' });
    const html = headTagsToHtml(postMetaTags(hostile, site));
    expect(html).toContain('<title>&quot;Quotes&quot; &amp; &lt;tags&gt;</title>');
    expect(html).toContain('<meta property="og:title" content="&quot;Quotes&quot; &amp; &lt;tags&gt;">');
  });
});
