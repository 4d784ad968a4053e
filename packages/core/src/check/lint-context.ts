import type { Post } from '../post.js';
import type { PostLinks } from './post-links.js';
import type { ContentRule } from './rules.js';
import type { SourceReference } from './source-references.js';

/** What every content rule may look at. */
export interface LintContext {
  /** Every post checked, `file` relative to the posts folder. */
  posts: readonly Post[];
  /** The links and images written in each post. */
  references: ReadonlyMap<Post, readonly SourceReference[]>;
  links: PostLinks;
  /** The ids a post's page has (headings, footnotes, ids in raw HTML). */
  ids(post: Post): ReadonlySet<string>;
  /** The file a local image src names, or `undefined` for a remote image. */
  imageFile(src: string, post: Post): string | undefined;
  /** Whether a file exists (memoized: many posts share images). */
  exists(file: string): boolean;
  /** Longest `description` search engines show, in characters. */
  descriptionLength: number;
}

/**
 * A finding before its position is known: `at` is a line and column of the file, or a frontmatter
 * field whose position is looked up only then (reading the file again), so a clean post costs nothing.
 */
export interface RuleFinding {
  post: Post;
  rule: ContentRule;
  message: string;
  at: { line: number; column: number } | { field: readonly PropertyKey[] };
}

/** A content rule: every finding it has over the posts. */
export type ContentCheck = (context: LintContext) => RuleFinding[];

/** Posts in file order: "the first" of two posts that clash is the first by path, whatever their dates. */
export function postsByFile(posts: readonly Post[]): Post[] {
  return [...posts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
