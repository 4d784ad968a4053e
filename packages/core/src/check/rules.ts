/** How much a finding matters: errors fail `inkwell check` (exit 1), warnings are printed only. */
export type Severity = 'error' | 'warning';

/** A rule's setting in a project's config: its severity, or `'off'`. */
export type RuleSetting = Severity | 'off';

/**
 * The content rules of `inkwell check` and `checkPosts`, with their default severity. The frontmatter
 * and rendering checks of `loadPosts` come first, as `invalid-post` (error), `render-failure` (error),
 * `unknown-field` and `render-warning` (warnings).
 */
export const contentRules = {
  /** An internal link to a post that does not exist. */
  'missing-post': 'error',
  /** A link to `#fragment` that names no heading (or other id) of the post it points at. */
  'missing-fragment': 'error',
  /** A local image (in the text or `coverImage`) whose file does not exist. */
  'missing-image': 'error',
  /** An image without alt text (`![](a.png)`, `<img>` without `alt`, `coverImage` without `coverImageAlt`). */
  'image-alt': 'error',
  /** Two posts of one series claiming the same part number. */
  'series-part-conflict': 'error',
  /** A numbered series with a part missing (parts 1, 2 and 4). */
  'series-missing-part': 'warning',
  /** Two posts with the same title. */
  'duplicate-title': 'warning',
  /** A `description` longer than search engines show. */
  'description-length': 'warning',
} as const satisfies Record<string, Severity>;

/** The id of a content rule, like `missing-post`. */
export type ContentRule = keyof typeof contentRules;

/** The id of any rule a finding can carry. */
export type RuleId = ContentRule | 'invalid-post' | 'render-failure' | 'unknown-field' | 'render-warning';

/** Severities of the rules `loadPosts` itself checks. */
export const loadRules = {
  'invalid-post': 'error',
  'render-failure': 'error',
  'unknown-field': 'warning',
  'render-warning': 'warning',
} as const satisfies Record<string, Severity>;

/**
 * One finding of `checkPosts`: where (`file` relative to the working directory, 1-based `line` and
 * `column` when known), which rule, how severe, and what to do. `field` names the frontmatter field of
 * an `invalid-post` finding.
 *
 * @example
 * ```ts
 * const finding: CheckFinding = {
 *   file: 'content/posts/hello.md',
 *   line: 12,
 *   column: 5,
 *   rule: 'missing-post',
 *   severity: 'error',
 *   message: 'links to /posts/nope/, which is no post; fix the link or write the post',
 * };
 * ```
 */
export interface CheckFinding {
  file: string;
  line?: number;
  column?: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  field?: string;
}

/** Every rule id, for validating a config. */
export const allRules: readonly RuleId[] = [
  ...(Object.keys(loadRules) as RuleId[]),
  ...(Object.keys(contentRules) as RuleId[]),
];
