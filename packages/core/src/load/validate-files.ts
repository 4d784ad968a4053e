import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareIssues, type PostIssue } from '../errors/post-issue.js';
import { PostValidationError } from '../errors/post-validation-error.js';
import { mapLimit } from '../map-limit.js';
import { postSchema } from '../schema/post-schema.js';
import type { PostSchema } from '../schema/post-schema-type.js';
import { discoverFiles } from './discover-files.js';
import { splitFrontmatter } from './frontmatter/split-frontmatter.js';
import type { FileOutcome, LoadMemo } from './load-memo.js';
import type { PostCandidate } from './load-posts-options.js';
import { postText, readPostBytes } from './read-post-file.js';
import { type ValidPost, validatePost } from './validate-post.js';

/** Files read and validated at once: enough to keep the disk busy, few enough to bound memory. */
const readConcurrency = 64;

/** Everything `validateFiles` learned about a posts directory. */
export interface ValidatedFiles {
  /** How many post files were checked (after the `filter` option). */
  checked: number;
  /** Posts that passed, in path order, one per slug. */
  valid: ValidPost[];
  /** Every problem of every file, sorted by file, line and column. */
  issues: PostIssue[];
  /** Likely mistakes that do not stop a post from loading (a misspelled field name), sorted. */
  warnings: PostIssue[];
}

/** What `validateFiles` needs to know. */
export interface ValidateFilesOptions {
  dir?: string;
  schema?: PostSchema;
  filter?: (candidate: PostCandidate) => boolean;
  /** This process's memory of the directory: unchanged files are not read or validated again. */
  memo?: LoadMemo;
}

/**
 * Finds, reads and validates every post file under a directory, collecting every issue of every file
 * (unreadable, binary, empty, frontmatter syntax, schema, slug, duplicate slug) instead of stopping at
 * the first. Only a missing or unusable directory throws, as a `PostValidationError`.
 *
 * @example
 * ```ts
 * const { checked, valid, issues } = await validateFiles({ dir: 'content/posts' });
 * ```
 */
export async function validateFiles(options: ValidateFilesOptions): Promise<ValidatedFiles> {
  const given = options.dir ?? 'content/posts';
  const dir = path.resolve(given);
  const schema = options.schema ?? postSchema;
  // A programming mistake, not a content problem: fail at once rather than once per file.
  if (typeof (schema as Partial<PostSchema>).safeParseAsync !== 'function') {
    throw new TypeError('the schema option must be a zod schema, like postSchema.extend({ ... })');
  }
  await assertDirectory(dir, given);

  const { files, unreadable } = await discoverFiles(dir);
  const issues: PostIssue[] = unreadable.map((folder) => ({
    file: folder.file,
    path: '',
    message: folder.problem,
  }));
  const warnings: PostIssue[] = [];
  const memo = options.memo?.files;
  memo?.keepOnly(new Set(files.map((found) => found.absolute)));
  let checked = 0;
  const results = await mapLimit(files, readConcurrency, async ({ file, absolute }) => {
    const validate = (bytes: Uint8Array) => validateFile(file, postText(bytes), options);
    const outcome = memo
      ? await memo.outcome(absolute, () => readOrFail(file, absolute), validate)
      : await readOrFail(file, absolute).then((read) => (read instanceof Uint8Array ? validate(read) : read));
    if (outcome.checked) checked++;
    issues.push(...outcome.issues);
    warnings.push(...outcome.warnings);
    return outcome.post;
  });
  const valid = dropDuplicateSlugs(
    results.filter((post): post is ValidPost => post !== undefined),
    (issue) => issues.push(issue),
  );
  const invalidFiles = new Set(issues.map((issue) => issue.file));
  return {
    checked,
    valid: valid.filter((post) => !invalidFiles.has(post.file)),
    issues: issues.sort(compareIssues),
    warnings: warnings.sort(compareIssues),
  };
}

async function readOrFail(file: string, absolute: string): Promise<Uint8Array | FileOutcome> {
  const bytes = await readPostBytes(absolute);
  if (bytes instanceof Uint8Array) return bytes;
  return { checked: true, issues: [{ file, path: '', message: bytes.problem }], warnings: [] };
}

/** Splits, filters and validates one file's text. */
async function validateFile(
  file: string,
  text: string | { problem: string },
  options: ValidateFilesOptions,
): Promise<FileOutcome> {
  if (typeof text !== 'string') {
    return { checked: true, issues: [{ file, path: '', message: text.problem }], warnings: [] };
  }
  const split = splitFrontmatter(text);
  if (!('body' in split)) {
    return {
      checked: true,
      issues: [{ file, ...split.position, path: '', message: split.message }],
      warnings: [],
    };
  }
  if (options.filter && !options.filter({ file, frontmatter: split.data })) {
    return { checked: false, issues: [], warnings: [] };
  }
  const result = await validatePost(split, file, options.schema ?? postSchema);
  return {
    checked: true,
    ...(result.post && { post: result.post }),
    issues: result.issues ?? [],
    warnings: result.warnings,
  };
}

async function assertDirectory(dir: string, given: string): Promise<void> {
  const stats = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (stats instanceof Error) {
    const reason =
      stats.code === 'ENOENT'
        ? `the posts directory "${given}" does not exist; create it, or pass dir to loadPosts`
        : `the posts directory "${given}" cannot be read: ${stats.message}`;
    throw new PostValidationError([{ file: dir, path: '', message: reason }]);
  }
  if (!stats.isDirectory()) {
    throw new PostValidationError([
      {
        file: dir,
        path: '',
        message: `"${given}" is a file, not a directory; pass the folder that holds the posts`,
      },
    ]);
  }
}

/**
 * Reports every post whose slug an earlier file (in path order) already uses, naming both files, and
 * returns the posts with the first of each slug.
 */
function dropDuplicateSlugs(posts: ValidPost[], report: (issue: PostIssue) => void): ValidPost[] {
  const firstBySlug = new Map<string, ValidPost>();
  for (const post of posts) {
    const first = firstBySlug.get(post.slug);
    if (!first) {
      firstBySlug.set(post.slug, post);
      continue;
    }
    const position = post.slugPosition;
    report({
      file: post.file,
      ...(position && { line: position.line, column: position.column }),
      path: 'slug',
      message: `"${post.slug}" is also the slug of ${first.file}; give one of the two posts a different slug:`,
    });
  }
  return [...firstBySlug.values()];
}
