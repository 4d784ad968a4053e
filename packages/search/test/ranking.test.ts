// Ranking mechanisms on fixtures of their own: the exact all-words tier and typo intent.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../src/index.js';
import { post } from './fixtures.js';

const slugs = (index: ReturnType<typeof loadSearchIndex>, query: string) =>
  index.search(query).map((result) => result.slug);

describe('exact all-words tier', () => {
  // A long monthly roundup that repeats "cheese" in its title, headings and body, and says
  // "blade" once; a short note that has both words the reader typed, once each.
  const roundup = post(
    'roundup',
    'Monthly cheese roundup',
    [
      { html: `<p>${'Cheese news, cheese shops and cheese fairs. '.repeat(20)}</p>` },
      { heading: 'Cheese of the month', html: '<p>A hard cheese; cut it with a long blade.</p>' },
      { heading: 'More cheese', html: `<p>${'Cheese again. '.repeat(30)}</p>` },
    ],
    { tags: ['news'] },
  );
  const note = post('note', 'Kitchen notes', [
    { html: '<p>Notes on pans, ovens and timers. Keep a separate cheese knife for soft rinds.</p>' },
  ]);
  const index = loadSearchIndex(buildSearchIndex([roundup, note], { synonyms: { knife: ['blade'] } }));

  it('puts a post with every word as typed above a long post repeating one word and matching another by synonym', () => {
    expect(slugs(index, 'cheese knife')).toEqual(['note', 'roundup']);
  });

  it('still ranks the roundup first for the word it is about', () => {
    expect(slugs(index, 'cheese')[0]).toBe('roundup');
  });
});

describe('typo intent', () => {
  const about = (slug: string, title: string, text: string) =>
    post(slug, title, [{ html: `<p>${text}</p>` }]);
  const posts = [
    about('backpressure', 'Streams and backpressure', 'Backpressure pauses a fast producer.'),
    about('buffers', 'Buffers', 'A full buffer is how backpressure shows up.'),
    about('pipes', 'Pipes', 'pipeline() handles backpressure for you.'),
    about('writable', 'Writable streams', 'write() returns false under backpressure.'),
    about('sockets', 'Sockets', 'A slow client applies backpressure to the server.'),
    about('http', 'HTTP bodies', 'Request bodies respect backpressure.'),
    // The one post that quotes the typo literally.
    about('search', 'How our search works', 'Typing "backpresure" used to find nothing at all.'),
  ];
  const index = loadSearchIndex(buildSearchIndex(posts));

  it('favours the common word a rare misspelling stands for, though the typo occurs literally', () => {
    expect(slugs(index, 'backpresure')[0]).toBe('backpressure');
    expect(slugs(index, 'backpresure ')[0]).toBe('backpressure');
    // The post quoting the typo is still found.
    expect(slugs(index, 'backpresure')).toContain('search');
  });

  it('leaves a word alone when it is not rare next to its neighbour', () => {
    const even = loadSearchIndex(
      buildSearchIndex([about('a', 'Casting', 'casting molds'), about('b', 'Castings', 'coating metal')]),
    );
    expect(slugs(even, 'coating')).toEqual(['b']);
  });
});
