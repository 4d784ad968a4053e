// A third evaluation, apart from the two real blogs the bench runs on: a small gardening blog in a
// chatty first-person style, with queries written by hand the way its readers would ask. Each
// query has one right post; the others are built to tempt a ranking that counts words naively.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../src/index.js';
import { post } from './fixtures.js';

const p = (text: string) => `<p>${text}</p>`;

const blog = [
  post('pruning-roses', 'Pruning roses in late winter', [
    {
      html: p(
        'I cut my roses back hard every February, when the buds start to swell. Pruning this late keeps frost off the fresh cuts.',
      ),
    },
    {
      heading: 'Which canes go',
      html: p('Dead, crossing and spindly canes go first; then I shorten the rest to an outward bud.'),
    },
  ]),
  post('garden-diary-march', 'Garden diary: March', [
    { html: p(`${'Busy month in the garden, seedlings everywhere. '.repeat(12)}`) },
    {
      heading: 'Odds and ends',
      html: p('Friends keep asking when to prune, so a post is coming. The roses by the shed look tired.'),
    },
    { heading: 'Seed trays', html: p(`${'Tomato and chilli seedlings on every windowsill. '.repeat(10)}`) },
  ]),
  post('composting', 'Hot composting in a small yard', [
    {
      html: p(
        'My heap reached sixty degrees in a week. Turning it acquired a rhythm: every third morning, before work.',
      ),
    },
    {
      heading: 'Clogged drains',
      html: p('Once the drain under the heap was unblocked the smell went away.'),
    },
  ]),
  post('tool-shed', 'Sorting out the tool shed', [
    {
      html: p(
        `${'You acquire tools over the years; I acquire them faster than I use them. '.repeat(3)}Hooks for everything, and the gutter unblocked at last.`,
      ),
    },
  ]),
  post('mulch', 'Mulch, and retaining moisture', [
    {
      html: p(
        'A thick layer of bark mulch is the best trick I know for retaining moisture through a dry summer.',
      ),
    },
    { heading: 'Paths', html: p('On the paths it makes walking smoother too.') },
  ]),
  post('watering', 'Watering: how much is enough', [
    {
      html: p(
        'The remaining question is how often, and when. Water deeply and rarely; the remaining beds can wait.',
      ),
    },
    {
      heading: 'Hoses',
      html: p(
        'A soaker hose gives a smoother, slower soak than a can. The remaining water runs to the pond.',
      ),
    },
  ]),
  ...['April', 'May', 'June', 'July', 'August'].map((month) =>
    post(`diary-${month.toLowerCase()}`, `Garden diary: ${month}`, [
      {
        html: p(
          `Remaining jobs for ${month}: weeding when it is dry, remaining seed sowing, and watering the remaining pots when it is hot. Plants I acquire this month go by the door.`,
        ),
      },
    ]),
  ),
];

const index = loadSearchIndex(buildSearchIndex(blog));
const top = (query: string) => index.search(query)[0]?.slug;

describe('a gardening blog with its readers’ own questions', () => {
  it('answers a question in the reader’s word forms (“prune”) with the post about pruning', () => {
    // The diary holds "when", "prune" and "roses" in passing; the answer says "pruning" (and, like
    // most posts, "when": a question word is common in any blog's prose).
    expect(top('when should I prune roses')).toBe('pruning-roses');
  });

  it('takes an inflected word for itself, not for a typo of its stem', () => {
    // "acquired" is in one post and "acquire" in six, one letter apart: an inflection, not a misspelling.
    expect(top('acquired')).toBe('composting');
  });

  it('trusts words that occur together as typed over a common word one letter away', () => {
    // "retaining" is one letter from the common "remaining", but only the mulch post has both words.
    expect(top('retaining smoother')).toBe('mulch');
  });
});
