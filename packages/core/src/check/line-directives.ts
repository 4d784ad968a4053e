/** Rules silenced on one line: a set of rule ids, or every rule. */
export type SilencedRules = ReadonlySet<string> | 'all';

const directive = /inkwell-disable-(next-line|line)\b[ \t]*([\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)?/g;

/**
 * The lines a post silences rules on, from comments in its source:
 * `<!-- inkwell-disable-next-line missing-post -->` silences the next line,
 * `<!-- inkwell-disable-line image-alt -->` its own line, and in YAML frontmatter
 * `# inkwell-disable-next-line description-length` the field below. Rule ids are separated by
 * commas; none silences every rule on that line. Keyed by 1-based line.
 *
 * @example
 * ```ts
 * lineDirectives('<!-- inkwell-disable-next-line image-alt -->\n![](a.png)');
 * // Map { 2 => Set { 'image-alt' } }
 * ```
 */
export function lineDirectives(source: string): Map<number, SilencedRules> {
  const silenced = new Map<number, SilencedRules>();
  if (!source.includes('inkwell-disable-')) return silenced;
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(directive)) {
      const line = index + 1 + (match[1] === 'next-line' ? 1 : 0);
      const rules = match[2]
        ?.split(',')
        .map((rule) => rule.trim().replace(/--$/, ''))
        // The closing of an HTML comment is not a rule id.
        .filter((rule) => rule !== '');
      const before = silenced.get(line);
      if (!rules || rules.length === 0 || before === 'all') silenced.set(line, 'all');
      else silenced.set(line, new Set([...(before ?? []), ...rules]));
    }
  });
  return silenced;
}

/** Whether `rule` is silenced on `line`. */
export function isSilenced(
  silenced: ReadonlyMap<number, SilencedRules>,
  line: number,
  rule: string,
): boolean {
  const rules = silenced.get(line);
  return rules === 'all' || rules?.has(rule) === true;
}
