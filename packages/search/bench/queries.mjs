// Deterministic benchmark queries generated from the corpus with a fixed seed.

/** mulberry32: a tiny seeded PRNG, so every run asks the same questions. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const norm = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
const wordsOf = (text) => text.split(/\s+/).filter(Boolean);
const isWord = (word) => /^[A-Za-z]+$/.test(word);

function sample(rng, items, count) {
  const pool = [...items];
  const out = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

/**
 * @param posts Post[] with `prose` (plain text outside code blocks) added by the bench.
 * @returns {{ category: string, query: string, relevant: string[], section?: string }[]}
 */
export function generateQueries(posts, { seed = 20240601, perCategory = 100, natural = [] } = {}) {
  const rng = seeded(seed);
  const queries = [];
  const titleCount = new Map();
  for (const post of posts) titleCount.set(norm(post.title), (titleCount.get(norm(post.title)) ?? 0) + 1);
  const uniqueTitled = posts.filter((post) => titleCount.get(norm(post.title)) === 1);

  for (const post of sample(rng, uniqueTitled, perCategory)) {
    queries.push({ category: 'exact title', query: post.title, relevant: [post.slug] });
  }

  // Half-typed: the first words, the last one cut to 3–4 letters. A query that another title also
  // starts with has no single right answer, so it is skipped.
  const titleWords = posts.map((post) => wordsOf(norm(post.title)));
  let half = 0;
  for (const post of sample(rng, uniqueTitled, uniqueTitled.length)) {
    if (half >= perCategory) break;
    const words = wordsOf(post.title);
    const k = Math.min(words.length, 2 + Math.floor(rng() * 2));
    const last = words[k - 1];
    if (!last || last.length < 5 || !isWord(last)) continue;
    const cut = last.slice(0, 3 + Math.floor(rng() * 2));
    const typed = [...words.slice(0, k - 1), cut];
    const folded = wordsOf(norm(typed.join(' ')));
    const matching = titleWords.filter((title) =>
      folded.every((word, i) => (i < folded.length - 1 ? title[i] === word : title[i]?.startsWith(word))),
    );
    if (matching.length !== 1) continue;
    queries.push({ category: 'half-typed title', query: typed.join(' '), relevant: [post.slug] });
    half++;
  }

  let typos = 0;
  for (const post of sample(rng, uniqueTitled, uniqueTitled.length)) {
    if (typos >= perCategory) break;
    const words = wordsOf(post.title);
    const long = words.map((word, i) => [word, i]).filter(([word]) => isWord(word) && word.length >= 6);
    if (!long.length) continue;
    const [word, index] = long[Math.floor(rng() * long.length)];
    const at = 1 + Math.floor(rng() * (word.length - 2));
    const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    if (swapped.toLowerCase() === word.toLowerCase()) continue;
    const typed = words.map((w, i) => (i === index ? swapped : w)).join(' ');
    queries.push({ category: 'title with a typo', query: typed, relevant: [post.slug] });
    typos++;
  }

  // Headings that occur in exactly one post (and once in it).
  const headingPosts = new Map();
  for (const post of posts) {
    for (const heading of post.headings) {
      const key = norm(heading.text.replace(/[^\p{L}\p{N}]+/gu, ' '));
      const list = headingPosts.get(key) ?? [];
      list.push({ post, heading });
      headingPosts.set(key, list);
    }
  }
  const unique = [...headingPosts.values()].filter(
    (list) => list.length === 1 && wordsOf(list[0].heading.text).length >= 2,
  );
  for (const [{ post, heading }] of sample(rng, unique, perCategory)) {
    queries.push({
      category: 'unique heading',
      query: heading.text,
      relevant: [post.slug],
      section: heading.id,
    });
  }

  // Two rare words (in at most 3 posts each) that occur together in exactly one post.
  // Real words only: whole tokens of prose that are all letters (not pieces of hashes, base64 or
  // identifiers), 5 to 15 of them.
  const postWords = posts.map(
    (post) =>
      new Set(
        (post.prose.match(/[\p{L}\p{N}_$@/+=-]+/gu) ?? [])
          .filter((token) => /^[A-Za-z][a-z]{4,14}$/.test(token))
          .map((token) => token.toLowerCase()),
      ),
  );
  const df = new Map();
  for (const set of postWords) for (const word of set) df.set(word, (df.get(word) ?? 0) + 1);
  let rare = 0;
  for (const index of sample(
    rng,
    posts.map((_, i) => i),
    posts.length,
  )) {
    if (rare >= perCategory) break;
    const candidates = [...postWords[index]].filter((word) => (df.get(word) ?? 0) <= 3).sort();
    if (candidates.length < 2) continue;
    const [a, b] = sample(rng, candidates, 2);
    const together = postWords.filter((set) => set.has(a) && set.has(b)).length;
    if (together !== 1) continue;
    queries.push({ category: 'two rare words', query: `${a} ${b}`, relevant: [posts[index].slug] });
    rare++;
  }

  const slugs = new Set(posts.map((post) => post.slug));
  for (const query of natural) {
    const unknown = query.relevant.filter((slug) => !slugs.has(slug));
    if (unknown.length)
      throw new Error(`natural query ${JSON.stringify(query.query)}: no post ${unknown.join(', ')}`);
    queries.push({ category: 'natural query', ...query });
  }
  return queries;
}

/** Queries that must never throw and must answer in bounded time. */
export const badQueries = [
  '',
  '   ',
  '?!.,;:',
  'a'.repeat(10_000),
  'node '.repeat(2_000),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: regex metacharacters on purpose.
  '.*+?^${}()|[]\\/',
  '(a+)+$',
  '🚀🔥 node',
  '🦄',
  '节点 服务器',
  'مرحبا بالعالم',
  'שלום',
  'cafe\u0301 re\u0301sume\u0301',
  '\u0301\u0301\u0301',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString valueOf',
  '"unterminated phrase',
  '""',
  '"  "',
  '\u0000\u0001',
];
