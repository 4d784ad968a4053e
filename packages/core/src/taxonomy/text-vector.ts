/**
 * Bag-of-words vectors for "more like this": tokens of a post's title, description, headings
 * and excerpt, weighted TF-IDF and L2-normalized so that a dot product is a cosine in [0, 1].
 */

/** Common English words that say nothing about a post's topic. */
const STOP_WORDS = new Set(
  (
    'a about after again all also an and any are as at be because been before being between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers him ' +
    'his how i if in into is it its itself just me more most my no nor not now of off on once only or other ' +
    'our out over own same she should so some such than that the their them then there these they this those ' +
    'through to too under until up use used using very was we were what when where which while who whom why ' +
    'will with would you your new get one two how part'
  ).split(' '),
);

/** A word: letters, optionally joined by digits or inner apostrophes/dots/hyphens (node.js, v8). */
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['.-][\p{L}\p{N}]+)*|\p{N}+\p{L}[\p{L}\p{N}]*/gu;

/** A light stemmer: plural `-s`/`-ies` only, enough to match "stream" and "streams". */
function stem(word: string): string {
  if (!/^\p{L}+$/u.test(word)) return word; // names like node.js or v8 stay as written
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The terms of a text: lowercased (NFKC), stop words and one-letter words dropped, stemmed.
 *
 * @example
 * ```ts
 * terms('Streams in depth: Backpressure'); // ['stream', 'depth', 'backpressure']
 * ```
 */
export function terms(text: string): string[] {
  const found: string[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    found.push(stem(word));
  }
  return found;
}

/** Term → weight; normalized vectors have length 1. */
export type TermVector = Map<string, number>;

/** Raw term frequencies of weighted fields (a title word counts more than an excerpt word). */
export function termFrequencies(fields: { text: string; weight: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text, weight } of fields) {
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + weight);
  }
  return counts;
}

/** TF-IDF weights (`(1 + ln tf) · idf`), scaled to unit length. */
export function tfIdfVector(frequencies: Map<string, number>, idf: (term: string) => number): TermVector {
  const vector: TermVector = new Map();
  let squares = 0;
  for (const [term, frequency] of frequencies) {
    const weight = (1 + Math.log(frequency)) * idf(term);
    if (weight <= 0) continue;
    vector.set(term, weight);
    squares += weight * weight;
  }
  const length = Math.sqrt(squares);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}
