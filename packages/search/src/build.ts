import MiniSearch, { type AsPlainObject } from 'minisearch';
import {
  FIELDS,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  type IndexTier,
  type SerializedIndex,
  type SerializedPost,
  type SerializedSection,
} from './format.js';
import { type Section, type SectionHeading, splitSections } from './sections.js';
import { toTerm, words } from './text.js';

/**
 * The fields of a post the index reads. Any `Post` from `@inkwell/core` has them; declared here
 * so the published types do not depend on `@inkwell/core`.
 */
export interface IndexablePost {
  slug: string;
  title: string;
  description?: string;
  /** ISO date. */
  date: string;
  tags: readonly string[];
  /** Rendered, sanitized HTML whose table-of-contents headings carry `id`s. */
  html: string;
  headings: readonly SectionHeading[];
}

/** Options of {@link buildSearchIndex}. */
export interface BuildSearchIndexOptions {
  /**
   * `'full'` (default) indexes everything. `'headings'` indexes titles, headings, tags and
   * descriptions only: a small first tier for big blogs (see the README).
   */
  tier?: IndexTier;
  /** Light English stemming (plural endings), applied to the index and to queries. Default `true`. */
  stemming?: boolean;
  /**
   * Words a reader may type for another: `{ js: ['javascript'] }` makes a query for `js` also find
   * `javascript`. Single words, one direction; list both ways for two-way synonyms.
   */
  synonyms?: Record<string, string[]>;
  /**
   * Characters of each code block indexed (default 400; `0` leaves code out). Code is searchable
   * (`--allow-addons`, `createConnection`) but long listings would bloat the index.
   */
  codeLimit?: number;
  /** Characters of prose stored per section for snippets and phrase checks (default 300). */
  snippetLength?: number;
  /**
   * The URL of a post, stored in the index and returned as `SearchResult.href`, so no consumer
   * guesses the site's URL scheme. Default: `/posts/${encodeURIComponent(slug)}/`.
   *
   * @example
   * ```ts
   * buildSearchIndex(posts, { href: (post) => `/blog/${post.slug}` });
   * ```
   */
  href?: (post: IndexablePost) => string;
}

/** The default URL of a post: `/posts/<slug>/`. */
export function defaultPostHref(post: Pick<IndexablePost, 'slug'>): string {
  return `/posts/${encodeURIComponent(post.slug)}/`;
}

/** A commit hash or a long number: noise that would fill the index with terms nobody types. */
const NOISE = /^(?=[a-f\d]*\d)(?=[a-f\d]*[a-f])[a-f\d]{7,}$|^\d{6,}$/;

/**
 * Builds the search index of `posts`: one document per section (split at the headings of the
 * table of contents), serialized with a format version for `loadSearchIndex`. Build side only:
 * it parses HTML.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { loadPosts } from '@inkwell/core';
 * import { buildSearchIndex } from '@inkwell/search';
 *
 * const posts = await loadPosts();
 * await writeFile('public/search-index.json', buildSearchIndex(posts));
 * ```
 */
export function buildSearchIndex(
  posts: readonly IndexablePost[],
  options: BuildSearchIndexOptions = {},
): string {
  const { tier = 'full', stemming = true, synonyms = {} } = options;
  const terms = (text: string | undefined): string => indexTerms(text, stemming);
  const serializedPosts: SerializedPost[] = [];
  const sections: SerializedSection[] = [];
  const documents: IndexDocument[] = [];
  posts.forEach((post, postIndex) => {
    serializedPosts.push(serializePost(post, tier === 'full', options.href ?? defaultPostHref));
    postParts(post, tier === 'full').forEach((part, partIndex) => {
      const first = partIndex === 0;
      documents.push(partDocument(sections.length, post, part, first, options.codeLimit ?? 400, terms));
      sections.push(serializeSection(postIndex, part, tier === 'full' ? (options.snippetLength ?? 300) : 0));
    });
  });
  const engine = new MiniSearch({
    fields: [...FIELDS],
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
  });
  engine.addAll(documents);
  const serialized: SerializedIndex = {
    format: INDEX_FORMAT,
    version: INDEX_FORMAT_VERSION,
    tier,
    stemming,
    synonyms: foldSynonyms(synonyms, terms),
    posts: serializedPosts,
    sections,
    engine: compactEngine(engine.toJSON()),
  };
  return JSON.stringify(serialized);
}

/** One minisearch document: a section, with the post's title, tags and description on its first. */
type IndexDocument = Record<(typeof FIELDS)[number], string> & { id: number };

/** The index terms of `text`, joined by spaces (stop words and noise left out). */
function indexTerms(text: string | undefined, stemming: boolean): string {
  return words(text ?? '')
    .map(({ word }) => toTerm(word, stemming))
    .filter((term) => term && !NOISE.test(term))
    .join(' ');
}

/** What results show of a post; the first tier leaves the description out. */
function serializePost(
  post: IndexablePost,
  full: boolean,
  href: (post: IndexablePost) => string,
): SerializedPost {
  // The first tier indexes descriptions but does not store them: it must stay small, and
  // `@inkwell/core` fills `description` from the excerpt, so it is often long.
  const description = post.description?.trim() || undefined;
  const url = href(post);
  if (typeof url !== 'string')
    throw new TypeError(
      `@inkwell/search: options.href returned ${typeof url} for post "${post.slug}"; return the post's URL as a string.`,
    );
  return description === undefined || !full
    ? [post.slug, post.title, post.date, [...post.tags], url]
    : [post.slug, post.title, post.date, [...post.tags], url, description];
}

/** The sections of a post: split from its HTML, or (first tier) just its headings, with no text. */
function postParts(post: IndexablePost, full: boolean): Section[] {
  if (full) return splitSections(post.html, post.headings);
  return [
    { prose: '', code: [] },
    ...post.headings.map((heading) => ({ id: heading.id, title: heading.text, prose: '', code: [] })),
  ];
}

/** The minisearch document of one section. */
function partDocument(
  id: number,
  post: IndexablePost,
  part: Section,
  first: boolean,
  codeLimit: number,
  terms: (text: string | undefined) => string,
): IndexDocument {
  // Title, tags and description live on the post's first document only: the roll-up to one
  // result per post sees them, and the index does not repeat them for every section.
  const code = codeLimit > 0 ? part.code.map((block) => block.slice(0, codeLimit)).join(' ') : '';
  return {
    id,
    t: first ? terms(post.title) : '',
    h: terms(part.title),
    g: first ? terms(post.tags.join(' ')) : '',
    d: first ? terms(post.description?.trim() || undefined) : '',
    b: terms(`${part.prose} ${code}`),
  };
}

/** A section as results show it: its post, the start of its prose, its heading. */
function serializeSection(post: number, part: Section, snippetLength: number): SerializedSection {
  const section: SerializedSection = [post, cut(part.prose, snippetLength)];
  if (part.id !== undefined) section.push(part.id, part.title ?? '');
  return section;
}

/** User synonyms folded into index terms; multi-word entries are left out. */
function foldSynonyms(
  synonyms: Record<string, string[]>,
  terms: (text: string | undefined) => string,
): Record<string, string[]> {
  const folded: Record<string, string[]> = {};
  for (const [word, alternatives] of Object.entries(synonyms)) {
    const key = terms(word);
    if (key && !key.includes(' '))
      folded[key] = alternatives
        .map((alternative) => terms(alternative))
        .filter((term) => term && !term.includes(' '));
  }
  return folded;
}

/** The first `length` characters of `text`, cut at a word boundary. */
function cut(text: string, length: number): string {
  if (length <= 0) return '';
  if (text.length <= length) return text;
  const end = text.lastIndexOf(' ', length);
  return text.slice(0, end > length / 2 ? end : length);
}

/**
 * Drops minisearch's `documentIds` map: our ids are the section indexes, which minisearch also
 * uses as its short ids, so the map is `{ "0": 0, "1": 1, … }` and `loadSearchIndex` rebuilds it.
 */
function compactEngine(engine: AsPlainObject): AsPlainObject {
  const identity = Object.entries(engine.documentIds).every(([shortId, id]) => String(id) === shortId);
  if (!identity) throw new Error('@inkwell/search: unexpected minisearch document ids; please report this.');
  return { ...engine, documentIds: {} };
}
