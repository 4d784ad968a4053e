// The browser-side term index must score exactly as minisearch does on the index minisearch
// serialized: compared here through minisearch's public `search`.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { TermIndex } from '../src/engine.js';

const fields = ['t', 'b'];
const documents = [
  { id: 0, t: 'streams backpressure', b: 'readable stream pipe backpressure buffer' },
  { id: 1, t: 'worker threads', b: 'worker pool thread message stream' },
  { id: 2, t: 'event loop', b: 'loop phases timers backpressur typo stays' },
  { id: 3, t: 'buffers', b: 'buffer bytes encoding buffered streaming' },
];
const mini = new MiniSearch({ fields, tokenize: (text) => text.split(' '), processTerm: (term) => term });
mini.addAll(documents);
const terms = new TermIndex(JSON.parse(JSON.stringify(mini)));
const boost = { t: 6, b: 1 };

function ours(query: string, options: { fuzzy?: number; prefix?: boolean; and?: boolean } = {}) {
  const hits = terms.execute(query, {
    boost,
    fuzzy: () => options.fuzzy ?? 0,
    prefix: () => options.prefix ?? false,
    and: options.and,
    weights: { prefix: 0.4, fuzzy: 0.3 },
  });
  return [...hits]
    .map(([id, hit]) => ({ id, score: hit.score * hit.terms.length, match: Object.keys(hit.match).sort() }))
    .sort((a, b) => b.score - a.score);
}

function theirs(query: string, options: { fuzzy?: number; prefix?: boolean; and?: boolean } = {}) {
  return mini
    .search(query, {
      boost,
      fuzzy: options.fuzzy ?? false,
      prefix: options.prefix ?? false,
      combineWith: options.and ? 'AND' : 'OR',
      weights: { prefix: 0.4, fuzzy: 0.3 },
    })
    .map((result) => ({ id: result.id, score: result.score, match: [...result.terms].sort() }));
}

describe('TermIndex', () => {
  it.each([
    ['stream', {}],
    ['stream backpressure', {}],
    ['buffer', { prefix: true }],
    ['backpresure', { fuzzy: 1 }],
    ['wroker thraeds', { fuzzy: 2 }],
    ['stream buff', { prefix: true, and: true }],
  ])('scores %j as minisearch does', (query, options) => {
    const expected = theirs(query, options);
    expect(expected.length).toBeGreaterThan(0);
    const actual = ours(query, options);
    expect(actual.map(({ id, match }) => ({ id, match }))).toEqual(
      expected.map(({ id, match }) => ({ id, match })),
    );
    for (const [i, hit] of actual.entries()) expect(hit.score).toBeCloseTo(expected[i]?.score ?? 0, 10);
  });

  it('finds terms by prefix in order and by edit distance', () => {
    expect([...terms.atPrefix('buf')]).toEqual(['buffer', 'buffered', 'buffers']);
    expect([...terms.fuzzy('bufer', 1)].sort()).toEqual([['buffer', 1]]);
    expect(terms.fuzzy('backpresure', 2)).toEqual(
      new Map([
        ['backpressur', 2],
        ['backpressure', 1],
      ]),
    );
  });
});
