import path from 'node:path';
import type { PostIssue } from '../errors/post-issue.js';
import { buildPosts } from '../load/build-posts.js';
import type { LoadPostsOptions } from '../load/load-posts-options.js';
import { validateFiles } from '../load/validate-files.js';
import { markdownOf } from '../load/validate-post.js';
import type { Post } from '../post.js';
import { resolveImageFolders } from '../render/options.js';
import { defaultCacheDir } from '../render/render-posts.js';
import { postHref } from '../shared/post-href.js';
import { compareFindings, lintPosts } from './lint-posts.js';
import { cachedReferences } from './references-cache.js';
import { type CheckFinding, type ContentRule, loadRules, type RuleSetting } from './rules.js';

/** Options of {@link checkPosts}: those of `loadPosts` that find and render posts, plus the rules'. */
export interface CheckPostsOptions
  extends Pick<
    LoadPostsOptions,
    'dir' | 'schema' | 'filter' | 'markdown' | 'markdownModule' | 'cache' | 'concurrency' | 'onProgress'
  > {
  /** Severity of each content rule, or `'off'`: `{ 'duplicate-title': 'off', 'image-alt': 'warning' }`. */
  rules?: Partial<Record<ContentRule, RuleSetting>>;
  /** A post's path on the site, to tell which links lead to posts. Default `postHref` (`/posts/<slug>/`). */
  postUrl?: (post: Post) => string;
  /** The folder root paths of images (`/covers/a.png`) are served from. Default `public`. */
  publicDir?: string;
  /** Longest `description`, in characters, before `description-length` reports it. Default 160. */
  descriptionLength?: number;
}

/** What {@link checkPosts} found. */
export interface CheckResult {
  /** How many post files were checked (after `filter`). */
  checked: number;
  /** Every post that loaded, drafts and future posts included, newest first. */
  posts: Post[];
  /** Every finding, errors first, each group sorted by file, line and column; `file` relative to the working directory. */
  findings: CheckFinding[];
  errors: number;
  warnings: number;
}

/**
 * Checks a blog's posts the way `inkwell check` does, for build scripts and tests: validates and
 * renders every post (drafts and future posts too), then runs the content rules — links to posts and
 * headings that do not exist, missing images and alt text, series parts, duplicate titles, long
 * descriptions. Never throws for a post's problem; only a missing or unusable posts folder throws a
 * `PostValidationError`. Links, images and positions are cached, so a warm check parses no markdown.
 *
 * @example
 * ```ts
 * import { checkPosts } from '@inkwell/core';
 *
 * const { findings, errors } = await checkPosts({
 *   dir: 'content/posts',
 *   rules: { 'duplicate-title': 'off' },
 * });
 * for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);
 * if (errors > 0) process.exit(1);
 * ```
 */
export async function checkPosts(options: CheckPostsOptions = {}): Promise<CheckResult> {
  const dir = options.dir ?? 'content/posts';
  // Paths are reported from the working directory so terminals and editors can open them.
  const shown = (file: string) => path.relative('.', path.resolve(dir, file)) || '.';
  const validated = await validateFiles({ ...options, dir });
  const findings: CheckFinding[] = [
    ...validated.issues.map((issue) => issueFinding(issue, 'invalid-post', shown)),
    ...validated.warnings.map((issue) => issueFinding(issue, 'unknown-field', shown)),
  ];
  const images = resolveImageFolders(options.markdown?.images);
  const { posts, failures } = await buildPosts(
    // Rendered under their shown paths, so rendering warnings name files the same way.
    validated.valid.map((post) => ({ ...post, file: shown(post.file) })),
    {
      ...options,
      ...(images && { markdown: { ...options.markdown, images: { ...images, postsDir: process.cwd() } } }),
      drafts: true,
      future: true,
      onWarning: (warning) => findings.push(renderWarning(warning)),
    },
  );
  for (const failure of failures) findings.push(issueFinding(failure, 'render-failure', (file) => file));

  const bySlug = new Map(validated.valid.map((post) => [post.slug, post]));
  // The rules see files relative to the posts folder, as `loadPosts` gives them.
  // `description` as written: a post without one shows its excerpt, which is not the writer's to shorten.
  const linted = posts.map((post) => {
    const valid = bySlug.get(post.slug);
    return { ...post, file: valid?.file ?? post.file, description: valid?.fields.description };
  });
  const markdowns = linted.map((post) => {
    const valid = bySlug.get(post.slug);
    return valid ? markdownOf(valid) : '';
  });
  const references = await cachedReferences(markdowns, dir, options.cache ?? defaultCacheDir());
  const content = lintPosts(linted, {
    references: new Map(linted.map((post, index) => [post, references[index] ?? []])),
    postUrl: options.postUrl ?? ((post) => postHref(post)),
    images: {
      publicDir: path.resolve(options.publicDir ?? 'public'),
      postsDir: path.resolve(dir),
    },
    descriptionLength: options.descriptionLength ?? 160,
    rules: options.rules ?? {},
    sourceOf: (post) => path.resolve(dir, post.file),
  });
  findings.push(...content.map((finding) => ({ ...finding, file: shown(finding.file) })));
  const errors = findings.filter((finding) => finding.severity === 'error').sort(compareFindings);
  const warnings = findings.filter((finding) => finding.severity === 'warning').sort(compareFindings);
  return {
    checked: validated.checked,
    posts,
    findings: [...errors, ...warnings],
    errors: errors.length,
    warnings: warnings.length,
  };
}

/** A problem `loadPosts` reports (frontmatter, rendering) as a finding of `rule`, its file as `shown` gives it. */
export function issueFinding(
  issue: PostIssue,
  rule: 'invalid-post' | 'unknown-field' | 'render-failure',
  shown: (file: string) => string,
): CheckFinding {
  return {
    file: shown(issue.file),
    ...(issue.line !== undefined && { line: issue.line }),
    ...(issue.column !== undefined && { column: issue.column }),
    rule,
    severity: loadRules[rule],
    message: issue.message,
    ...(issue.path && { field: issue.path }),
  };
}

/** Rendering warnings come as `file:line:column  message` text. */
function renderWarning(warning: string): CheckFinding {
  const match = /^(.+?):(\d+)(?::(\d+))? {2}([\s\S]*)$/.exec(warning);
  if (!match) return { file: '', rule: 'render-warning', severity: 'warning', message: warning };
  return {
    file: match[1] ?? '',
    line: Number(match[2]),
    ...(match[3] && { column: Number(match[3]) }),
    rule: 'render-warning',
    severity: 'warning',
    message: match[4] ?? '',
  };
}
