import type { IndexablePost } from '../src/index.js';

/** Builds a post the way `@inkwell/core` renders one: HTML with ids on the table-of-contents headings. */
export function post(
  slug: string,
  title: string,
  sections: Array<{ heading?: string; html: string }>,
  extra: Partial<IndexablePost> = {},
): IndexablePost {
  const headings: Array<{ depth: number; id: string; text: string }> = [];
  const html = sections
    .map(({ heading, html }) => {
      if (!heading) return html;
      const id = heading.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      headings.push({ depth: 2, id, text: heading });
      return `<h2 id="${id}">${heading}</h2>${html}`;
    })
    .join('\n');
  return { slug, title, date: '2024-01-01T00:00:00.000Z', tags: [], html, headings, ...extra };
}

export const posts: IndexablePost[] = [
  post(
    'streams',
    'Understanding Streams',
    [
      { html: '<p>Streams move data in chunks instead of loading it all at once.</p>' },
      {
        heading: 'Backpressure',
        html: '<p>When the consumer is slow, backpressure tells the producer to pause until the buffer drains below the highWaterMark.</p>',
      },
      {
        heading: 'Piping',
        html: '<p>Use <code>pipeline()</code> to connect streams and forward errors.</p>',
      },
    ],
    { tags: ['node', 'streams'], description: 'How readable and writable streams work.' },
  ),
  post(
    'cafe',
    'Café culture in Paris',
    [{ html: '<p>Where to drink a crème brûlée and a café au lait near the Seine.</p>' }],
    { tags: ['travel'], description: 'Où boire un café à Paris.' },
  ),
  post(
    'workers',
    'Worker threads in practice',
    [
      { html: '<p>Worker threads run JavaScript in parallel.</p>' },
      {
        heading: 'Sharing memory',
        html: '<p>A SharedArrayBuffer lets workers share bytes without copying.</p>',
      },
      {
        heading: 'Example',
        html: '<pre><code><span>const</span> <span>w</span> = <span>new</span> <span>Worker</span>(<span>"./crunchNumbers.js"</span>);</code></pre><p>The worker posts its result back.</p>',
      },
    ],
    { tags: ['node', 'performance'], date: '2025-06-01T00:00:00.000Z' },
  ),
  post(
    'event-loop',
    'The event loop explained',
    [{ html: '<p>The event loop runs timers, then polls for I/O, then runs immediates.</p>' }],
    { tags: ['node', 'performance'], date: '2020-01-01T00:00:00.000Z' },
  ),
  post(
    'changelog',
    'Release notes',
    [{ html: '<p>Fixed a loop in the parser. A new event is emitted on close.</p>' }],
    { tags: ['release'] },
  ),
  post(
    'javascript',
    'Modern JavaScript features',
    [{ html: '<p>Optional chaining and nullish coalescing are now everywhere.</p>' }],
    { tags: ['language'] },
  ),
];
