import type { ContentCheck, RuleFinding } from './lint-context.js';

/** Fragments every page has: `#` and `#top` scroll to the top in every browser. */
const alwaysThere = new Set(['', 'top']);

/**
 * `missing-post` and `missing-fragment`: every internal link leads to a post that exists, and its
 * `#fragment` to an id that post's page has (a heading, a footnote, an id written in HTML).
 *
 * @example
 * ```ts
 * const findings = linkRules(context);
 * ```
 */
export const linkRules: ContentCheck = (context) => {
  const findings: RuleFinding[] = [];
  for (const post of context.posts) {
    for (const reference of context.references.get(post) ?? []) {
      if (reference.kind !== 'link') continue;
      const at = { line: reference.line, column: reference.column };
      const target = context.links.resolve(reference.url, post);
      if (target.kind === 'missing') {
        findings.push({
          post,
          rule: 'missing-post',
          message: `links to ${target.path}, which is no post; fix the link or write the post`,
          at,
        });
      } else if (target.kind === 'post' && !alwaysThere.has(target.fragment)) {
        const ids = context.ids(target.post);
        // The sanitizer prefixes ids written in HTML and footnote ids; in-page links to them are repaired.
        if (ids.has(target.fragment) || ids.has(`user-content-${target.fragment}`)) continue;
        const where = target.post === post ? 'this post' : target.post.file;
        findings.push({
          post,
          rule: 'missing-fragment',
          message: `links to #${target.fragment}, but ${where} has no heading or element with that id${suggestion(target.fragment, ids)}`,
          at,
        });
      }
    }
  }
  return findings;
};

/** The closest id, when one is close enough to be what the writer meant (a renamed heading). */
function suggestion(fragment: string, ids: ReadonlySet<string>): string {
  const wanted = fragment.toLowerCase();
  let best: string | undefined;
  let bestScore = 0;
  for (const id of ids) {
    if (id.startsWith('user-content-')) continue;
    const score = sharedPrefix(wanted, id) + sharedSuffix(wanted, id);
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best && bestScore >= Math.max(3, wanted.length / 2) ? `; did you mean #${best}?` : '';
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
