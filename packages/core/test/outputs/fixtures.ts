import type { Post } from '../../src/post.js';
import type { Site } from '../../src/shared/site.js';

/** A complete post with sensible defaults; tests override only what they are about. */
export function makePost(overrides: Partial<Post> & Pick<Post, 'slug'>): Post {
  const title = overrides.title ?? `Post ${overrides.slug}`;
  return {
    title,
    date: '2024-01-01T00:00:00.000Z',
    tags: [],
    draft: false,
    html: `<p>${title}</p>`,
    headings: [],
    excerpt: `About ${title}.`,
    readingTime: { minutes: 1, words: 120, text: '1 min read' },
    file: `${overrides.slug}.md`,
    ...overrides,
  };
}

export const site: Site = {
  url: 'https://example.com/blog',
  title: 'Example Blog',
  description: 'Notes on building things for the web.',
  language: 'en-US',
  author: { name: 'Ada Lovelace', email: 'ada@example.com', url: '/about/' },
  image: '/og-default.png',
  imageAlt: 'Example Blog logo',
  twitter: '@exampleblog',
};

/** Part 1 of a series; its HTML links relatively to a heading, a sibling post and images. */
export const streamsPart1 = makePost({
  slug: 'streams-part-1',
  title: 'Streams in depth, part 1',
  description: 'Readable streams, backpressure and the highWaterMark.',
  date: '2024-03-01T09:00:00.000Z',
  tags: ['Node.js', 'Streams'],
  series: { name: 'Streams in depth', part: 1 },
  html: '<h2 id="backpressure">Backpressure</h2><p>See <a href="#backpressure">below</a> and <a href="../streams-part-2/">part 2</a>.</p><img src="/images/pipe.png" srcset="/images/pipe.png 1x, /images/pipe@2x.png 2x" alt="A pipe">',
  headings: [{ depth: 2, id: 'backpressure', text: 'Backpressure' }],
  excerpt: 'Readable streams push data until the buffer is full.',
});

/** Part 2: updated after publication, with a cover image and narration. */
export const streamsPart2 = makePost({
  slug: 'streams-part-2',
  title: 'Streams in depth, part 2',
  description: 'Writable streams, pipeline() and error handling.',
  date: '2024-03-08T09:00:00.000Z',
  updated: '2024-04-02T12:30:00.000Z',
  tags: ['node.js', 'streams'],
  series: { name: 'Streams in depth', part: 2 },
  html: '<p>Use <code>pipeline()</code> &amp; friends.</p><video src="media/demo.mp4" poster="./poster.jpg"></video>',
  headings: [{ depth: 2, id: 'pipeline', text: 'pipeline()' }],
  excerpt: 'Writable streams and pipeline error handling.',
  coverImage: '/images/streams-cover.png',
  coverImageAlt: 'Water flowing through pipes',
  audio: { src: '/audio/streams-part-2.mp3', title: 'Streams, part 2 (narrated)', duration: 754 },
});

export const helloWorld = makePost({
  slug: 'hello-world',
  title: 'Hello, world',
  date: '2023-12-24T08:00:00.000Z',
  tags: ['Meta'],
  html: '<p>First post. <a href="https://nodejs.org/">Node.js</a> and <a href="mailto:ada@example.com">mail</a>.</p>',
  excerpt: 'First post.',
});

/** A small blog: a two-part series, a narrated post with a cover, relative URLs in HTML. */
export const posts: Post[] = [streamsPart1, streamsPart2, helloWorld];
