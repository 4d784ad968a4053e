/**
 * Text processing shared by the build side and the browser: both must turn text into the same
 * terms, or the index and the query would not meet. Kept small: it ships in the query bundle.
 */

/**
 * Words too common to help find a post; dropped from the index and from queries. Beside articles
 * and prepositions, the words readers wrap a question in (`how do I …`, `should we …`): they are
 * in nearly every long post, so requiring them would let any long post outrank the answer.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have i in is it its of on or that the this to was were will with ' +
    'how do does did why what which who whom should would could can my me we our you your us there their ' +
    'if so than then into about'
  ).split(' '),
);

/**
 * A term: letters and digits, with dotted version numbers kept whole (`21.6.0`, `v0.10.30`).
 * Apostrophes are removed before matching, so `don't` is one term.
 */
const TERM = /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;

/** A dotted or slashed name of words (`go.work`, `errors.Is`, `encoding/json`), kept whole too. */
const COMPOUND = /\p{L}[\p{L}\p{N}]*(?:[./]\p{L}[\p{L}\p{N}]*)+/gu;

/**
 * The dotted and slashed names in `text`, folded, with the offset just past each: indexed beside
 * their parts, they let a reader who types `go.work` find the post about that file, not every post
 * saying "go" and "work".
 */
export function compounds(text: string): Array<{ end: number; term: string }> {
  return [...fold(text).matchAll(COMPOUND)].map((match) => ({
    end: match.index + match[0].length,
    term: match[0],
  }));
}

/** A span of `text` that makes one term, with the term as the index stores it. */
export interface TermSpan {
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** Folded, unstemmed form. */
  word: string;
}

/**
 * Lowercases and removes diacritics (`Café` → `cafe`), keeping one character per character so
 * offsets into the folded text are offsets into the original.
 */
export function fold(text: string): string {
  // Fast path: ASCII lowercases one character to one character.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    // NFD splits a letter from its accents. A lone combining mark becomes `ʼ`, a letter that
    // {@link words} removes, so the word around it stays whole and offsets stay put.
    const base = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    out += base.length === char.length ? base : base === '' ? 'ʼ'.repeat(char.length) : char;
  }
  return out;
}

/**
 * Splits text into folded words with their offsets. Stop words are kept here (phrases and
 * highlights need them); {@link toTerm} drops them.
 */
export function words(text: string): TermSpan[] {
  const spans: TermSpan[] = [];
  const folded = fold(text.replace(/['’]/g, 'ʼ'));
  for (const match of folded.matchAll(TERM)) {
    const word = match[0].replace(/ʼ/g, '');
    if (word) spans.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return spans;
}

/**
 * Light English stemming (Harman's "S" stemmer): removes plural endings only, so a term being
 * typed still prefixes its stored form (`releas` → `release`).
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  if (/[^ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^aeo]es$/.test(word)) return word.slice(0, -1);
  if (/[^us]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Turns a folded word into the term the index stores, or `undefined` for a stop word. A `v`
 * before a version number is dropped so `v20.1.0` and `20.1.0` meet.
 */
export function toTerm(word: string, stemming: boolean): string | undefined {
  if (STOP_WORDS.has(word)) return undefined;
  const term = /^v\d/.test(word) ? word.slice(1) : word;
  return stemming ? stem(term) : term;
}
