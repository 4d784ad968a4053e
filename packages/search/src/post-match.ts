import type { SerializedSection } from './format.js';
import type { PlannedTerm } from './query-plan.js';

/** What one query found in one post, gathered section by section. */
export interface PostMatch extends Evidence {
  post: number;
  /** Best-scoring section. */
  doc: number;
  score: number;
  /** 3 when the query opens the title or a heading, 2 when all its words are in the title, 1 for phrases, else 0. */
  exact: number;
}

/** Which query clauses a hit satisfied, and how. */
export interface Evidence {
  clauses: Set<number>;
  /** Clauses matched by a literal term (see `PlannedTerm.literal`). */
  literal: Set<number>;
  /** Clauses matched by the word as typed (or its completion), not by a typo correction. */
  typed: Set<number>;
  /** Per clause, the highest boost of the terms that matched it: how directly the post has the word. */
  quality: Map<number, number>;
  /** Index terms reached (for highlights). */
  terms: Set<string>;
}

/** Evidence with no clause yet, having reached `terms`. */
export function emptyEvidence(terms: Iterable<string> = []): Evidence {
  return {
    clauses: new Set(),
    literal: new Set(),
    typed: new Set(),
    quality: new Map(),
    terms: new Set(terms),
  };
}

/** Records that `term` matched; `asItself` when the index term found is the term, not a fuzzy neighbour. */
export function addEvidence(evidence: Evidence, term: PlannedTerm, asItself: boolean): void {
  evidence.clauses.add(term.clause);
  evidence.quality.set(term.clause, Math.max(evidence.quality.get(term.clause) ?? 0, term.boost));
  if (!term.literal || !asItself) return;
  evidence.literal.add(term.clause);
  if (!term.correction) evidence.typed.add(term.clause);
}

/** A match of a whole post with nothing found yet, pointing at section `doc`. */
export function bareMatch(post: number, doc: number): PostMatch {
  return { post, doc, score: 0, exact: 0, ...emptyEvidence() };
}

/**
 * Collects section hits into one match per post: a post's score sums its sections', and its
 * `doc` is the section with the highest total.
 */
export class MatchCollector {
  /** Matches by post index. */
  readonly byPost = new Map<number, PostMatch>();
  /** Total score of each section credited so far. */
  readonly docScores = new Map<number, number>();
  readonly #sections: readonly SerializedSection[];
  readonly #bare: (post: number) => PostMatch;

  constructor(sections: readonly SerializedSection[], bare: (post: number) => PostMatch) {
    this.#sections = sections;
    this.#bare = bare;
  }

  /** Adds `score` for section `id`, with what it matched. */
  credit(id: number, score: number, evidence: Evidence): void {
    const post = this.#sections[id]?.[0] ?? 0;
    let match = this.byPost.get(post);
    if (!match) {
      match = this.#bare(post);
      match.doc = id;
      this.byPost.set(post, match);
    }
    const total = (this.docScores.get(id) ?? 0) + score;
    this.docScores.set(id, total);
    match.score += score;
    if (total > (this.docScores.get(match.doc) ?? 0)) match.doc = id;
    for (const clause of evidence.clauses) match.clauses.add(clause);
    for (const clause of evidence.literal) match.literal.add(clause);
    for (const clause of evidence.typed) match.typed.add(clause);
    for (const term of evidence.terms) match.terms.add(term);
    for (const [clause, quality] of evidence.quality)
      match.quality.set(clause, Math.max(match.quality.get(clause) ?? 0, quality));
  }
}
