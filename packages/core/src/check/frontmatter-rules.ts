import { normalizeName } from '../shared/clean-text.js';
import { type ContentCheck, postsByFile, type RuleFinding } from './lint-context.js';

/**
 * `duplicate-title` and `description-length`: no two posts share a title (compared without case and
 * extra spaces; reported on every post after the first, by file), and no `description` is longer
 * than search engines show under a result.
 *
 * @example
 * ```ts
 * const findings = frontmatterRules(context);
 * ```
 */
export const frontmatterRules: ContentCheck = (context) => {
  const findings: RuleFinding[] = [];
  const firstByTitle = new Map<string, string>();
  const byFile = postsByFile(context.posts);
  for (const post of byFile) {
    const title = normalizeName(post.title).toLowerCase();
    const first = firstByTitle.get(title);
    if (first === undefined) firstByTitle.set(title, post.file);
    else {
      findings.push({
        post,
        rule: 'duplicate-title',
        message: `"${post.title}" is also the title of ${first}; give each post its own title`,
        at: { field: ['title'] },
      });
    }
    const length = [...(post.description ?? '')].length;
    if (length > context.descriptionLength) {
      findings.push({
        post,
        rule: 'description-length',
        message: `is ${length} characters; search engines show about ${context.descriptionLength}, so shorten it`,
        at: { field: ['description'] },
      });
    }
  }
  return findings;
};
