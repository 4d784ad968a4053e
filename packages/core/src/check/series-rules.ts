import type { Post } from '../post.js';
import { normalizeName } from '../shared/clean-text.js';
import { tagSlug } from '../shared/slug.js';
import { type ContentCheck, postsByFile, type RuleFinding } from './lint-context.js';

/**
 * `series-part-conflict` and `series-missing-part`: in a series whose posts number their parts
 * (`series: { name, part }`), no two posts claim one number, and the numbers run from 1 without a
 * gap. A conflict is reported on every post after the first (by file); a gap on the part after it.
 *
 * @example
 * ```ts
 * const findings = seriesRules(context);
 * ```
 */
export const seriesRules: ContentCheck = (context) => {
  const findings: RuleFinding[] = [];
  for (const { name, parts } of numberedSeries(context.posts)) {
    const byPart = new Map<number, Post>();
    for (const { post, part } of parts) {
      const first = byPart.get(part);
      if (!first) byPart.set(part, post);
      else {
        findings.push({
          post,
          rule: 'series-part-conflict',
          message: `${first.file} is part ${part} of "${name}" too; give each post its own part number`,
          at: { field: ['series', 'part'] },
        });
      }
    }
    const numbers = [...byPart.keys()].sort((a, b) => a - b);
    let expected = 1;
    for (const part of numbers) {
      if (part > expected) {
        const gap = part - 1 === expected ? `part ${expected}` : `parts ${expected} to ${part - 1}`;
        findings.push({
          post: byPart.get(part) as Post,
          rule: 'series-missing-part',
          message: `"${name}" has no ${gap} (its parts are ${numbers.join(', ')}); write the missing part or renumber`,
          at: { field: ['series', 'part'] },
        });
      }
      expected = part + 1;
    }
  }
  return findings;
};

/** The series with numbered parts, each with its numbered posts in file order. */
function numberedSeries(posts: readonly Post[]): { name: string; parts: { post: Post; part: number }[] }[] {
  const bySlug = new Map<string, { name: string; parts: { post: Post; part: number }[] }>();
  const byFile = postsByFile(posts);
  for (const post of byFile) {
    const series = post.series;
    if (typeof series !== 'object' || series === null || typeof series.part !== 'number') continue;
    const name = normalizeName(series.name);
    if (name === '') continue;
    const slug = tagSlug(name);
    let entry = bySlug.get(slug);
    if (!entry) {
      entry = { name, parts: [] };
      bySlug.set(slug, entry);
    }
    entry.parts.push({ post, part: series.part });
  }
  return [...bySlug.values()];
}
