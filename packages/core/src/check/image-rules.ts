import path from 'node:path';
import type { Post } from '../post.js';
import type { ContentCheck, LintContext, RuleFinding } from './lint-context.js';

/**
 * `missing-image` and `image-alt`: every local image (in the text and the `coverImage`) has a file,
 * and every image has alt text — `![](a.png)`, an `<img>` without `alt`, and a `coverImage` without
 * `coverImageAlt` are findings; `<img alt="">` marks a decorative image on purpose and is not.
 *
 * @example
 * ```ts
 * const findings = imageRules(context);
 * ```
 */
export const imageRules: ContentCheck = (context) => {
  const findings: RuleFinding[] = [];
  for (const post of context.posts) {
    for (const reference of context.references.get(post) ?? []) {
      if (reference.kind !== 'image') continue;
      const at = { line: reference.line, column: reference.column };
      const missing = missingFile(reference.url, post, context);
      if (missing) findings.push({ post, rule: 'missing-image', message: missing, at });
      if (reference.alt === undefined) {
        findings.push({
          post,
          rule: 'image-alt',
          message: `the image ${reference.url} has no alt text; describe it in the brackets: ![what it shows](${reference.url})`,
          at,
        });
      }
    }
    if (post.coverImage) {
      const at = { field: ['coverImage'] };
      const missing = missingFile(post.coverImage, post, context);
      if (missing) findings.push({ post, rule: 'missing-image', message: missing, at });
      if (!post.coverImageAlt?.trim()) {
        findings.push({
          post,
          rule: 'image-alt',
          message: 'the cover image has no alt text; add coverImageAlt: with what it shows',
          at,
        });
      }
    }
  }
  return findings;
};

function missingFile(src: string, post: Post, context: LintContext): string | undefined {
  const file = context.imageFile(src, post);
  if (file === undefined || context.exists(file)) return undefined;
  return `the image ${src} does not exist (looked for ${path.relative('.', file) || file}); fix the path or add the file`;
}
