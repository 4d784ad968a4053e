import { existsSync, readFileSync } from 'node:fs';
import { compareIssues } from '../errors/post-issue.js';
import { type ImageFolders, localImageFile } from '../images/local-image.js';
import { decodeSource } from '../load/decode-source.js';
import { splitFrontmatter } from '../load/frontmatter/split-frontmatter.js';
import type { Post } from '../post.js';
import { frontmatterRules } from './frontmatter-rules.js';
import { imageRules } from './image-rules.js';
import { isSilenced, lineDirectives } from './line-directives.js';
import { linkRules } from './link-rules.js';
import type { ContentCheck, LintContext, RuleFinding } from './lint-context.js';
import { PostLinks } from './post-links.js';
import { type CheckFinding, type ContentRule, contentRules, type RuleSetting } from './rules.js';
import { seriesRules } from './series-rules.js';
import type { SourceReference } from './source-references.js';

const checks: readonly ContentCheck[] = [linkRules, imageRules, seriesRules, frontmatterRules];

/** What `lintPosts` needs besides the posts. */
export interface LintOptions {
  /** The links and images written in each post (see `sourceReferences`). */
  references: ReadonlyMap<Post, readonly SourceReference[]>;
  /** A post's path on the site. */
  postUrl: (post: Post) => string;
  images: ImageFolders;
  descriptionLength: number;
  rules: Partial<Record<ContentRule, RuleSetting>>;
  /** The absolute path of a post's source file, read again only for posts with findings. */
  sourceOf: (post: Post) => string;
}

/**
 * Runs every content rule over the posts and returns their findings with positions: a finding on a
 * frontmatter field gets the field's line and column, read from the source file only then. Rules set
 * to `'off'` and lines silenced by a comment directive (see `lineDirectives`) are left out.
 *
 * @example
 * ```ts
 * const findings = lintPosts(posts, { references, postUrl, images, descriptionLength: 160, rules: {}, sourceOf });
 * ```
 */
export function lintPosts(posts: readonly Post[], options: LintOptions): CheckFinding[] {
  const context = lintContext(posts, options);
  const sources = new Map<Post, ReturnType<typeof readSource>>();
  const findings: CheckFinding[] = [];
  for (const check of checks) {
    for (const finding of check(context)) {
      const setting = options.rules[finding.rule] ?? contentRules[finding.rule];
      if (setting === 'off') continue;
      let source = sources.get(finding.post);
      if (!source) {
        source = readSource(options.sourceOf(finding.post));
        sources.set(finding.post, source);
      }
      const { line, column } = positionOf(finding, source);
      if (isSilenced(source.silenced, line, finding.rule)) continue;
      findings.push({
        file: finding.post.file,
        line,
        column,
        rule: finding.rule,
        severity: setting,
        message: finding.message,
      });
    }
  }
  return findings;
}

function lintContext(posts: readonly Post[], options: LintOptions): LintContext {
  const ids = new Map<Post, Set<string>>();
  const exists = new Map<string, boolean>();
  return {
    posts,
    references: options.references,
    links: new PostLinks(posts, options.postUrl),
    descriptionLength: options.descriptionLength,
    ids(post) {
      let found = ids.get(post);
      if (!found) {
        found = new Set(
          [...post.html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeHtml(match[1] ?? '')),
        );
        ids.set(post, found);
      }
      return found;
    },
    imageFile: (src, post) => localImageFile(src, post.file, options.images),
    exists(file) {
      let known = exists.get(file);
      if (known === undefined) {
        known = existsSync(file);
        exists.set(file, known);
      }
      return known;
    },
  };
}

/** The few entities `rehype-stringify` writes in attribute values. */
function decodeHtml(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_entity, name: string) =>
    name === 'amp' ? '&' : name === 'quot' ? '"' : name === 'lt' ? '<' : name === 'gt' ? '>' : "'",
  );
}

function readSource(file: string) {
  let text = '';
  try {
    const decoded = decodeSource(readFileSync(file));
    if (typeof decoded === 'string') text = decoded;
  } catch {
    // Deleted since it was loaded: findings keep line 1.
  }
  const split = splitFrontmatter(text);
  return { silenced: lineDirectives(text), locate: 'body' in split ? split.locate : () => undefined };
}

function positionOf(finding: RuleFinding, source: ReturnType<typeof readSource>) {
  if ('line' in finding.at) return finding.at;
  // A field a custom schema derived from others (or left at its default) has no place of its own.
  const field = finding.at.field;
  for (let length = field.length; length > 0; length--) {
    const position = source.locate(field.slice(0, length));
    if (position) return { line: position.line, column: position.column };
  }
  return { line: 1, column: 1 };
}

/** Sorts findings like compiler output: by file, line, column, then rule. */
export function compareFindings(a: CheckFinding, b: CheckFinding): number {
  return compareIssues(a, b) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
