/**
 * The serialized index: what `buildSearchIndex` writes and `loadSearchIndex` reads. Shared by both
 * sides, so it holds only types and constants.
 */
import type { AsPlainObject } from 'minisearch';

/** Marks a string as an Inkwell search index, so foreign JSON is told apart from an old version. */
export const INDEX_FORMAT = 'inkwell-search';

/** Version of the serialized format. Bumped whenever an older index cannot be read. */
export const INDEX_FORMAT_VERSION = 2;

/**
 * Indexed fields, short names because they repeat in the serialized index: title, headings,
 * tags, description, body, and the dotted or slashed names (`go.work`) of all of them, kept apart
 * so that they do not lengthen the fields whose words they repeat.
 */
export const FIELDS = ['t', 'h', 'g', 'd', 'b', 'n'] as const;

/**
 * Which part of the content an index holds.
 * - `'full'`: everything, one file.
 * - `'headings'`: titles, headings, tags and descriptions only: a small first tier that answers
 *   title and heading queries while the full index is fetched.
 */
export type IndexTier = 'full' | 'headings';

/** A post as results display it: `[slug, title, date, tags, href, description?]`. */
export type SerializedPost = [
  slug: string,
  title: string,
  date: string,
  tags: string[],
  href: string,
  description?: string,
];

/**
 * One indexed section: `[post, text, headingId?, headingTitle?]`. `post` is an index into `posts`;
 * `text` is the start of the section's prose (for snippets and phrase checks), `''` when not
 * stored; the text before a post's first heading has no heading.
 */
export type SerializedSection = [post: number, text: string, id?: string, title?: string];

/** The JSON document `buildSearchIndex` returns as a string. */
export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_FORMAT_VERSION;
  tier: IndexTier;
  /** Whether terms were stemmed; queries must then be stemmed too. */
  stemming: boolean;
  /** Query-time synonyms, `term → alternatives`, already folded. */
  synonyms: Record<string, string[]>;
  posts: SerializedPost[];
  sections: SerializedSection[];
  /** The minisearch index; section `i` has document id `i`. */
  engine: AsPlainObject;
}
