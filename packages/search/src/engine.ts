/**
 * The query side of the term index, owned here so the browser does not ship minisearch (built
 * for adding and removing documents too) nor reach into its private members. It reads the index
 * minisearch serializes at build time (`toJSON()`, format version 2) and scores exactly as
 * minisearch 7.2 does: BM25 with k 1.2, b 0.7, d 0.5, per-field boosts, fuzzy matches weighted
 * by distance, prefix matches by length.
 */
import type { AsPlainObject } from 'minisearch';

/** A term's postings: field id → section id → term frequency. */
export type Postings = Map<number, Map<number, number>>;

/** A section's raw match: its score, the query terms found and, per index term, the fields. */
export interface RawHit {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

/** How {@link TermIndex.execute} matches each query term (by position) and scores fields. */
export interface ExecuteOptions {
  fuzzy?: (index: number) => number;
  prefix?: (index: number) => boolean;
  boostTerm?: (index: number) => number;
  /** `0` leaves a section out. */
  boostDocument?: (id: number) => number;
  /** Field boosts by field name; fields not listed count 1. */
  boost: Record<string, number>;
  /** Fields searched (default all). */
  fields?: readonly string[];
  /** Every term must match (default: any). */
  and?: boolean;
  /** Weights of prefix and fuzzy matches (minisearch's defaults: 0.375 and 0.45). */
  weights?: { prefix: number; fuzzy: number };
}

/** minisearch's BM25 parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

const own = <T>(object: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** The term index of a loaded search index: lookups, prefixes, fuzzy matches, BM25 scoring. */
export class TermIndex {
  /** Sorted terms, for prefix and fuzzy scans. */
  readonly terms: string[];
  readonly #postings = new Map<string, Postings>();
  readonly #fields: Record<string, number>;
  readonly #lengths: Map<number, number[]>;
  readonly #average: number[];
  readonly #count: number;

  constructor(data: AsPlainObject) {
    this.#fields = data.fieldIds;
    this.#average = data.averageFieldLength;
    this.#count = data.documentCount;
    this.#lengths = new Map(Object.entries(data.fieldLength).map(([id, lengths]) => [Number(id), lengths]));
    for (const [term, fields] of data.index) {
      const postings: Postings = new Map();
      for (const field of Object.keys(fields))
        postings.set(
          Number(field),
          new Map(Object.entries(fields[field] ?? {}).map(([id, tf]) => [Number(id), tf])),
        );
      this.#postings.set(term, postings);
    }
    this.terms = [...this.#postings.keys()].sort();
  }

  /** The postings of `term`, if indexed. */
  get(term: string): Postings | undefined {
    return this.#postings.get(term);
  }

  /** Indexed terms starting with `prefix` (itself included), in sorted order. */
  *atPrefix(prefix: string): Generator<string> {
    const terms = this.terms;
    for (let i = this.#lowerBound(prefix); i < terms.length && terms[i]?.startsWith(prefix); i++)
      yield terms[i] ?? '';
  }

  /**
   * Indexed terms within Levenshtein distance `max` of `term`, with their distance: one pass over
   * the sorted terms that reuses the rows of the prefix each shares with the one before.
   */
  fuzzy(term: string, max: number): Map<string, number> {
    const found = new Map<string, number>();
    const terms = this.terms;
    const rows: number[][] = [Array.from({ length: term.length + 1 }, (_, i) => i)];
    let previous = '';
    for (let index = 0; index < terms.length; index++) {
      const candidate = terms[index] ?? '';
      if (Math.abs(candidate.length - term.length) > max) continue;
      let shared = 0;
      while (shared < rows.length - 1 && previous[shared] === candidate[shared]) shared++;
      rows.length = shared + 1;
      previous = candidate;
      let depth = shared;
      for (; depth < candidate.length && depth < term.length + max; depth++) {
        const row = levenshteinRow(term, candidate[depth] ?? '', rows[depth] ?? [], depth + 1);
        rows.push(row);
        if (Math.min(...row) > max) break;
      }
      if (depth < candidate.length) {
        // No term with this prefix is within `max`: skip them all.
        index = this.#lowerBound(`${candidate.slice(0, depth + 1)}\uffff`, index) - 1;
        continue;
      }
      const distance = rows[candidate.length]?.[term.length] ?? max + 1;
      if (distance <= max) found.set(candidate, distance);
    }
    return found;
  }

  /** The first index from `from` whose term is not below `key`. */
  #lowerBound(key: string, from = 0): number {
    let low = from;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.terms[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Scores the space-separated `query` terms, as minisearch's raw query does. */
  execute(query: string, options: ExecuteOptions): Map<number, RawHit> {
    const boosts: Array<[string, number]> = (options.fields ?? Object.keys(this.#fields)).map((field) => [
      field,
      own(options.boost, field) || 1,
    ]);
    let combined: Map<number, RawHit> | undefined;
    query
      .split(' ')
      .filter(Boolean)
      .forEach((term, index) => {
        const results = this.#termQuery(term, index, options, boosts);
        combined = combined ? combine(combined, results, options.and) : results;
      });
    return combined ?? new Map();
  }

  /** One query term: its exact, prefix and fuzzy matches. */
  #termQuery(
    term: string,
    index: number,
    options: ExecuteOptions,
    boosts: Array<[string, number]>,
  ): Map<number, RawHit> {
    const boost = options.boostTerm?.(index) ?? 1;
    const results = new Map<number, RawHit>();
    this.#score(term, term, 1, boost, boosts, options.boostDocument, results);
    const fuzzy = options.fuzzy?.(index) ?? 0;
    const fuzzyMatches = fuzzy ? this.fuzzy(term, fuzzy) : undefined;
    if (options.prefix?.(index)) {
      for (const derived of this.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(derived);
        const weight =
          ((options.weights?.prefix ?? 0.375) * derived.length) / (derived.length + 0.3 * distance);
        this.#score(term, derived, weight, boost, boosts, options.boostDocument, results);
      }
    }
    for (const [derived, distance] of fuzzyMatches ?? []) {
      if (!distance) continue;
      const weight = ((options.weights?.fuzzy ?? 0.45) * derived.length) / (derived.length + distance);
      this.#score(term, derived, weight, boost, boosts, options.boostDocument, results);
    }
    return results;
  }

  /** Adds the BM25 score of index term `derived` (reached from query term `source`) to `results`. */
  #score(
    source: string,
    derived: string,
    weight: number,
    termBoost: number,
    boosts: Array<[string, number]>,
    boostDocument: ((id: number) => number) | undefined,
    results: Map<number, RawHit>,
  ): void {
    const postings = this.#postings.get(derived);
    if (!postings) return;
    for (const [field, fieldBoost] of boosts) {
      const fieldId = this.#fields[field] ?? -1;
      const docs = postings.get(fieldId);
      if (!docs) continue;
      const average = this.#average[fieldId] ?? 1;
      const idf = Math.log(1 + (this.#count - docs.size + 0.5) / (docs.size + 0.5));
      for (const [id, tf] of docs) {
        const docBoost = boostDocument ? boostDocument(id) : 1;
        if (!docBoost) continue;
        const length = this.#lengths.get(id)?.[fieldId] ?? 0;
        const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average)));
        const score = weight * termBoost * fieldBoost * docBoost * raw;
        const hit = results.get(id);
        if (!hit) results.set(id, { score, terms: [source], match: { [derived]: [field] } });
        else {
          hit.score += score;
          if (!hit.terms.includes(source)) hit.terms.push(source);
          const fields = own(hit.match, derived);
          if (fields) fields.push(field);
          else hit.match[derived] = [field];
        }
      }
    }
  }
}

/** minisearch's OR (sum) or AND (only sections in both) of two term results. */
function combine(a: Map<number, RawHit>, b: Map<number, RawHit>, and = false): Map<number, RawHit> {
  const out = and ? new Map<number, RawHit>() : a;
  for (const [id, hit] of b) {
    const existing = a.get(id);
    if (!existing) {
      if (!and) a.set(id, hit);
      continue;
    }
    existing.score += hit.score;
    existing.match = Object.assign(existing.match, hit.match);
    for (const term of hit.terms) if (!existing.terms.includes(term)) existing.terms.push(term);
    out.set(id, existing);
  }
  return out;
}

/** The next row of the edit-distance table of `term` against a word, for its next letter. */
function levenshteinRow(term: string, letter: string, above: number[], first: number): number[] {
  const row = [first];
  for (let i = 1; i <= term.length; i++) {
    const cost = term[i - 1] === letter ? 0 : 1;
    row.push(Math.min((row[i - 1] ?? 0) + 1, (above[i] ?? 0) + 1, (above[i - 1] ?? 0) + cost));
  }
  return row;
}
