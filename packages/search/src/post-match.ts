import type { SerializedSection } from './format.js';

/** What one query found in one post, gathered section by section. */
export interface PostMatch {
  post: number;
  /** Best-scoring section. */
  doc: number;
  score: number;
  clauses: Set<number>;
  /** Clauses matched by a literal term (see `PlannedTerm.literal`). */
  literal: Set<number>;
  terms: Set<string>;
  /** 3 when the query opens the title or a heading, 2 when all its words are in the title, 1 for phrases, else 0. */
  exact: number;
}

/** A match of a whole post with nothing found yet, pointing at section `doc`. */
export function bareMatch(post: number, doc: number): PostMatch {
  return { post, doc, score: 0, clauses: new Set(), literal: new Set(), terms: new Set(), exact: 0 };
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

  /** Adds `score` for section `id`, with the clauses, index terms and literal clauses it matched. */
  credit(id: number, score: number, clauses: number[], terms: string[], literal: number[]): void {
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
    for (const clause of clauses) match.clauses.add(clause);
    for (const clause of literal) match.literal.add(clause);
    for (const term of terms) match.terms.add(term);
  }
}
