import { compounds, toTerm, words } from './text.js';

/** What the planner needs to know about the index's vocabulary. */
export interface Vocabulary {
  /** How many sections contain `term` (0 when the index lacks it). */
  frequency(term: string): number;
  /** The most frequent indexed terms that start with `prefix` and are longer (at most 12). */
  complete(prefix: string): string[];
  /** Sections in the index. */
  size: number;
}

/**
 * How much finding `term` tells: its inverse document frequency over the index's sections. Weighs
 * a typed word against its correction, and each clause's share of a query's information.
 */
export function informationOf(term: string, vocabulary: Vocabulary): number {
  return Math.log(1 + vocabulary.size / Math.max(1, vocabulary.frequency(term)));
}

/** One term to look up, with its matching rules. */
export interface PlannedTerm {
  term: string;
  /** The query word it stands for; synonyms and typo variants share their word's clause. */
  clause: number;
  /** Edit distance allowed. */
  fuzzy: number;
  /** Score multiplier: lower for synonyms and typo variants. */
  boost: number;
  /**
   * A word in a large share of sections (`node` on the Node.js blog): it barely tells posts apart
   * and is costly to score everywhere, so it only scores the posts the other words found.
   */
  weak: boolean;
  /**
   * The word as typed (or, for the word being typed, one of its completions; or the common word
   * a rare misspelling stands for): posts matching every clause by literal terms form the top tier.
   */
  literal: boolean;
  /** The common word a rare typed word is taken to misspell (see typo intent). */
  correction?: boolean;
}

/** What a query asks for, in index terms. */
export interface QueryPlan {
  terms: PlannedTerm[];
  /** How many clauses (distinct query words) a post must satisfy for an AND match. */
  clauses: number;
  /** Quoted phrases, as folded words (stop words included). */
  phrases: string[][];
  /** All query words folded, joined by spaces: compared with titles and headings. */
  text: string;
  /** Words typed, stop words included (a long query with stop words is a question, not a title). */
  words: number;
  /** The last word is still being typed (the query does not end in a space). */
  typing: boolean;
}

/** Longer queries are cut: nobody types more, and it bounds the time a query takes. */
export const MAX_QUERY_LENGTH = 256;

/**
 * Turns what a reader typed into terms with their matching rules (tuned on the Node.js blog):
 * - a word the index has matches exactly; the last one also by prefix unless the query ends in a
 *   space (the reader is still typing it);
 * - an unknown word is completed by prefix when it is the last one or 6+ letters long and some
 *   indexed term starts with it, else treated as a typo: edit distance 1 from 4 letters, 2 from 8, plus swapped adjacent letters;
 * - `"quoted phrases"` add their words as terms and must then appear in that order;
 * - synonyms are added as alternatives of their word.
 */
export function planQuery(
  query: string,
  vocabulary: Vocabulary,
  stemming: boolean,
  synonyms: Record<string, string[]>,
): QueryPlan {
  const text = String(query).slice(0, MAX_QUERY_LENGTH);
  const typing = !/\s$/.test(text);
  const all = words(text);
  const plan: QueryPlan = {
    terms: [],
    clauses: 0,
    phrases: [],
    text: all.map((span) => span.word).join(' '),
    words: all.length,
    typing,
  };
  for (const match of text.matchAll(/"([^"]+)"/g)) {
    const phrase = words(match[1] ?? '').map((span) => span.word);
    if (phrase.length > 1) plan.phrases.push(phrase);
  }
  const seen = new Set<string>();
  const common = vocabulary.size > 500 ? vocabulary.size * 0.15 : Number.POSITIVE_INFINITY;
  const named = compounds(text).filter(({ term }) => vocabulary.frequency(term) > 0);
  all.forEach(({ word, end }, position) => {
    const term = toTerm(word, stemming);
    if (term && !seen.has(term)) {
      seen.add(term);
      const add = adder(plan, plan.clauses++, vocabulary, common);
      planWord(term, typing && position === all.length - 1, vocabulary, add, all.length > 3);
      for (const alternative of Object.hasOwn(synonyms, term) ? (synonyms[term] ?? []) : []) {
        if (!seen.has(alternative)) add(alternative, 0.8);
      }
    }
    // A dotted or slashed name the index knows (`go.work`) is one more word, typed literally:
    // it carries its own (high) information, beside its parts.
    for (const name of named) {
      if (name.end !== end || seen.has(name.term)) continue;
      seen.add(name.term);
      adder(plan, plan.clauses++, vocabulary, common)(name.term, 1, 0, true);
    }
  });
  return plan;
}

/** Adds terms to `plan` for one clause. */
function adder(plan: QueryPlan, clause: number, vocabulary: Vocabulary, common: number): AddTerm {
  return (alternative, boost, fuzzy = 0, literal = false, correction = false) => {
    const weak = vocabulary.frequency(alternative) > common;
    plan.terms.push({
      term: alternative,
      clause,
      fuzzy,
      boost,
      weak,
      literal,
      ...(correction ? { correction } : {}),
    });
  };
}

/** Adds a term for the current query word. */
type AddTerm = (term: string, boost: number, fuzzy?: number, literal?: boolean, correction?: boolean) => void;

/** The terms one query word stands for: itself, its likely correction, completions or typo variants. */
function planWord(term: string, last: boolean, vocabulary: Vocabulary, add: AddTerm, long: boolean): void {
  const frequency = vocabulary.frequency(term);
  const known = frequency > 0 || !/\p{L}/u.test(term);
  // Typo intent: a rare word one edit away from a common one is most likely that word
  // misspelt (the blog quoting a typo does not make the typo what readers mean).
  // Only for finished words of 6+ letters, where one edit rarely turns one real word into another.
  const corrections = frequency > 0 && term.length > 5 ? commonNeighbours(term, frequency, vocabulary) : [];
  // Completions of a prefix, weighted down as they get longer (as minisearch weighs prefixes),
  // capped to the most frequent few so a two-letter prefix stays cheap.
  const completions =
    (last || (!known && term.length > 5)) && term.length > 1 ? vocabulary.complete(term) : [];
  if (known || completions.length) {
    // A misspelling carries no more information than the word it misspells: the typed word is
    // weighted down to the correction's inverse document frequency.
    const typed = informationOf(term, vocabulary);
    const boost = Math.min(
      1,
      ...corrections.map((correction) => informationOf(correction, vocabulary) / typed),
    );
    add(term, boost, 0, true);
    // The common word the reader most likely meant counts as typed (for the all-words tier).
    for (const correction of corrections) add(correction, 1, 0, true, true);
    // In a question (four words or more) readers use their own word forms: `cancel` for a post
    // on `cancellation`. Relatives count below the word itself, like completions.
    if (long) {
      for (const relative of relatives(term, vocabulary))
        if (!completions.includes(relative)) add(relative, prefixBoost(term, relative));
    }
    for (const completion of completions) {
      add(completion, prefixBoost(term, completion), 0, last);
    }
  } else {
    add(term, 1, term.length > 7 ? 2 : term.length > 3 ? 1 : 0);
    // Swapped letters are two edits for minisearch; as variants they cost one lookup each.
    for (let i = 1; i < term.length; i++) {
      const variant: string = term.slice(0, i - 1) + term[i] + term[i - 1] + term.slice(i + 1);
      if (variant !== term && vocabulary.frequency(variant)) add(variant, 0.6);
    }
  }
}

/**
 * Terms one edit (deletion, insertion, substitution or swap of adjacent letters) from `term` that
 * are at least five times as common as it in the index and in three sections or more.
 */
export function commonNeighbours(term: string, frequency: number, vocabulary: Vocabulary): string[] {
  const floor = Math.max(3, 5 * frequency);
  if (!/^\p{L}+$/u.test(term)) return [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const found = new Map<string, number>();
  const check = (candidate: string): void => {
    if (candidate === term || found.has(candidate)) return;
    // A letter added or dropped at the end makes an inflection (`acquire`, `acquired`), not a typo.
    if (candidate.startsWith(term) || term.startsWith(candidate)) return;
    const count = vocabulary.frequency(candidate);
    if (count >= floor) found.set(candidate, count);
  };
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i);
    if (i < term.length) check(head + term.slice(i + 1));
    if (i < term.length - 1) check(head + term[i + 1] + term[i] + term.slice(i + 2));
    for (const letter of letters) {
      check(head + letter + term.slice(i));
      if (i < term.length) check(head + letter + term.slice(i + 1));
    }
  }
  return [...found]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([candidate]) => candidate);
}

/** English inflection and derivation endings: words differing from a query word only by them are its relatives. */
const SUFFIXES = new Set([
  '',
  'e',
  's',
  'es',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'ion',
  'ions',
  'ation',
  'ations',
  'ment',
  'ments',
  'ence',
  'ences',
  'ance',
  'ances',
  'ly',
  'al',
  'ity',
]);

/**
 * Index terms that share `term`'s root and differ from it by an English ending (a doubled last
 * letter allowed): `cancel` → `cancellation`, `leaves` → `leaving`.
 */
export function relatives(term: string, vocabulary: Vocabulary): string[] {
  if (term.length < 4 || !/^\p{L}+$/u.test(term)) return [];
  let root = term;
  for (let cut = Math.min(5, term.length - 4); cut > 0; cut--) {
    if (SUFFIXES.has(term.slice(-cut))) {
      root = term.slice(0, -cut);
      break;
    }
  }
  const ending = (candidate: string): boolean => {
    const rest = candidate.slice(root.length);
    return SUFFIXES.has(rest) || (rest[0] === root.at(-1) && SUFFIXES.has(rest.slice(1)));
  };
  return [root, ...vocabulary.complete(root)].filter(
    (candidate) => candidate !== term && ending(candidate) && vocabulary.frequency(candidate) > 0,
  );
}

/** The weight of a longer form of `term`, falling as it gets longer (as minisearch weighs prefixes). */
function prefixBoost(term: string, longer: string): number {
  return (0.5 * longer.length) / (longer.length + 0.3 * Math.abs(longer.length - term.length));
}
