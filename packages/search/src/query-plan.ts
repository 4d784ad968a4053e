import { toTerm, words } from './text.js';

/** What a query asks for, in index terms. */
export interface QueryPlan {
  /** Terms to look up; `clause[i]` says which clause `terms[i]` satisfies (synonyms share one). */
  terms: string[];
  clause: number[];
  /** How many clauses a post must satisfy for an AND match. */
  clauses: number;
  /** Whether each term is matched by prefix (the word being typed, long words). */
  prefix: boolean[];
  /** Edit distance allowed for each term. */
  fuzzy: number[];
  /** Quoted phrases, as folded words (stop words included). */
  phrases: string[][];
  /** All query words folded, stop words included: compared with titles and headings. */
  words: string[];
}

/** Longer queries are cut: nobody types more, and it bounds the time a query takes. */
export const MAX_QUERY_LENGTH = 256;

/**
 * Turns what a reader typed into terms with their matching rules:
 * - every term matches exactly; the last one also by prefix unless the query ends in a space
 *   (the reader has finished it), and terms of 6+ characters always do;
 * - terms of 5+ characters tolerate one typo, of 9+ two;
 * - `"quoted phrases"` add their words as terms and must then appear in that order.
 */
export function planQuery(query: string, stemming: boolean, synonyms: Record<string, string[]>): QueryPlan {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const plan: QueryPlan = {
    terms: [],
    clause: [],
    clauses: 0,
    prefix: [],
    fuzzy: [],
    phrases: [],
    words: [],
  };
  const typing = !/\s$/.test(text);
  const all = words(text);
  for (const match of text.matchAll(/"([^"]+)"/g)) {
    const phrase = words(match[1] ?? '').map((span) => span.word);
    if (phrase.length > 1) plan.phrases.push(phrase);
  }
  const seen = new Map<string, number>();
  all.forEach(({ word }, position) => {
    plan.words.push(word);
    const term = toTerm(word, stemming);
    if (!term || seen.has(term)) return;
    const isLast = position === all.length - 1 && typing;
    const add = (alternative: string, clause: number): void => {
      plan.terms.push(alternative);
      plan.clause.push(clause);
      plan.prefix.push((isLast && alternative.length > 1) || alternative.length > 5);
      plan.fuzzy.push(alternative.length > 8 ? 2 : alternative.length > 4 ? 1 : 0);
    };
    seen.set(term, plan.clauses);
    add(term, plan.clauses);
    for (const alternative of Object.hasOwn(synonyms, term) ? (synonyms[term] ?? []) : []) {
      if (!seen.has(alternative)) add(alternative, plan.clauses);
    }
    plan.clauses++;
  });
  return plan;
}
