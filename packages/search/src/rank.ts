import type { PostMatch } from './post-match.js';
import type { QueryPlan } from './query-plan.js';

/**
 * Orders matches best first, in tiers (for queries of up to three typed words):
 * 0. (two words or more) every query word as typed, no typo correction needed: words that occur
 *    together as typed are evidence the reader made no typo;
 * 1. every query word as typed or as the common word a rare one misspells (the last one possibly half-typed);
 * 2. exactness (the query opens the title or a heading; all words in the title; phrases);
 * 3. every query word in any form;
 * 4. score times the square of the information-weighted share of the query covered.
 *
 * `weights` is each clause's information (inverse document frequency).
 */
export function rankMatches(matches: PostMatch[], plan: QueryPlan, weights: readonly number[]): PostMatch[] {
  // Partial matches rank by score times the share of the query's information they cover
  // (clauses weighted by inverse document frequency): missing a rare word costs more than
  // missing a common one, so a post with the one telling word beats posts with three filler words.
  // A clause reached only through a weaker form (a relative, a synonym, a completion) covers it
  // in proportion to that form's boost: `cancellation` half-answers a reader who typed `cancel`.
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const coverage = new Map<PostMatch, number>();
  for (const match of matches) {
    let covered = 0;
    for (const clause of match.clauses)
      covered += (weights[clause] ?? 0) * Math.min(1, match.quality.get(clause) ?? 1);
    coverage.set(match, covered / total);
  }
  // From four typed words on (stop words count: they mark a question), readers describe rather
  // than quote, and add words the post does not use (a question around the topic):
  // requiring all of them would let any long post that happens to hold them outrank the answer,
  // so such queries rank by information-weighted coverage instead of by tier.
  const tiered = plan.words <= 3;
  const all = (match: PostMatch): number => (tiered && match.clauses.size === plan.clauses ? 1 : 0);
  const ranked = (match: PostMatch): number => match.score * (coverage.get(match) ?? 0) ** 2;
  // The exact all-words tier: a post with every query word as typed (the last one possibly
  // half-typed) ranks above any post that reaches a word only through a typo variant or a
  // synonym, however often it repeats the others.
  const literal = (match: PostMatch): number => (tiered && match.literal.size === plan.clauses ? 1 : 0);
  // Several words that all occur, as typed, in one post are evidence the reader typed no typo.
  const typed = (match: PostMatch): number =>
    tiered && plan.clauses > 1 && match.typed.size === plan.clauses ? 1 : 0;
  return matches.sort(
    (a, b) =>
      typed(b) - typed(a) ||
      literal(b) - literal(a) ||
      b.exact - a.exact ||
      all(b) - all(a) ||
      ranked(b) - ranked(a) ||
      a.post - b.post,
  );
}
