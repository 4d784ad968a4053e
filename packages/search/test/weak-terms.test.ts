// Words in a large share of sections ("node" on the Node.js blog) are weak: they only score the posts
// the other words found. The path only switches on above 500 sections, so these fixtures are large.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../src/index.js';
import { planQuery, type Vocabulary } from '../src/query-plan.js';
import { post } from './fixtures.js';

const vocabulary = (size: number, frequencies: Record<string, number>): Vocabulary => ({
  size,
  frequency: (term) => frequencies[term] ?? 0,
  complete: () => [],
});

describe('planQuery: weak terms', () => {
  it('marks a word found in more than 15 % of sections weak once the index has over 500 sections', () => {
    const plan = planQuery('node streams ', vocabulary(1000, { node: 400, streams: 12 }), false, {});
    expect(plan.terms.map(({ term, weak }) => [term, weak])).toEqual([
      ['node', true],
      ['streams', false],
    ]);
  });

  it('marks nothing weak in a small index, however common the word', () => {
    const plan = planQuery('node streams ', vocabulary(400, { node: 390, streams: 12 }), false, {});
    expect(plan.terms.every((term) => !term.weak)).toBe(true);
  });
});

describe('search with a weak word', () => {
  // 600 release notes that all say "node"; three posts about streams, one of them titled with "node".
  const notes = Array.from({ length: 600 }, (_, n) =>
    post(`release-${n}`, `Release ${n}`, [{ html: `<p>This node release fixes bug ${n}.</p>` }]),
  );
  const streams = [
    post('streams-intro', 'Streams explained', [{ html: '<p>Readable and writable streams.</p>' }]),
    post('node-streams', 'Node streams in depth', [{ html: '<p>Streams, piping and backpressure.</p>' }]),
    post('streams-web', 'Web streams', [{ html: '<p>Streams in the browser, with a node aside.</p>' }]),
  ];
  const index = loadSearchIndex(buildSearchIndex([...notes, ...streams]));
  const slugs = (query: string) => index.search(query, { limit: 20 }).map((result) => result.slug);

  it('scores the weak word only on posts the other words found, and there it still counts', () => {
    const found = slugs('node streams');
    expect(found.sort()).toEqual(['node-streams', 'streams-intro', 'streams-web']);
    expect(slugs('node streams')[0]).toBe('node-streams');
  });

  it('alone, finds the weak word in titles and headings only', () => {
    expect(slugs('node')).toEqual(['node-streams']);
  });
});
