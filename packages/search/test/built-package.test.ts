// Imports the BUILT package (dist/, what npm users get) rather than the sources.
import { describe, expect, it } from 'vitest';

const post = {
  slug: 'streams',
  title: 'Streams in practice',
  date: '2026-03-10T00:00:00.000Z',
  tags: ['node'],
  excerpt: 'Reading files in chunks.',
  headings: [{ depth: 2, id: 'backpressure', text: 'Backpressure' }],
  html: '<p>Reading files in chunks.</p><h2 id="backpressure">Backpressure</h2><p>Writes wait for the reader.</p>',
};

describe('@inkwell/search as built', () => {
  it('builds an index on the build entry and queries it through the browser entry', async () => {
    const { buildSearchIndex } = await import('../dist/index.js');
    const { loadSearchIndex } = await import('../dist/query.js');
    const index = loadSearchIndex(buildSearchIndex([post]));
    const [result] = index.search('backpresure');
    expect(result).toMatchObject({ slug: 'streams', section: { id: 'backpressure' } });
  });
});
