/**
 * The known field an unknown frontmatter key was probably meant to be: same letters in another case or
 * separator style (`cover_image` → `coverImage`), or one or two typos away (`titel` → `title`,
 * `tag` → `tags`). `undefined` when nothing is close, so fields a blog uses for itself are left alone.
 *
 * @example
 * ```ts
 * suggestField('tag', ['title', 'tags']); // 'tags'
 * suggestField('layout', ['title', 'tags']); // undefined
 * ```
 */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const normalized = normalize(key);
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    if (normalize(field) === normalized) return field;
    const limit = Math.min(field.length, key.length) <= 4 ? 1 : 2;
    const distance = editDistance(normalized, normalize(field));
    if (distance <= limit && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

function normalize(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
