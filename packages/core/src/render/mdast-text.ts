import type { Nodes } from 'mdast';

/** What {@link collectText} keeps of a tree: each caller's own rules, one walk. */
export interface TextRules {
  /** Node types whose text (and their children's) is left out. */
  readonly skip: ReadonlySet<string>;
  /** Whether an image counts as its alt text. */
  readonly imageAlt: boolean;
  /** Whether a space follows `child` (so words of adjacent blocks do not run together). */
  readonly spaceAfter: (child: Nodes) => boolean;
}

/** Appends the text of `node` to `parts`, by `rules`. Line breaks become spaces. */
export function collectText(node: Nodes, rules: TextRules, parts: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      parts.push(node.value);
      return;
    case 'break':
      parts.push(' ');
      return;
    case 'image':
      if (rules.imageAlt && node.alt) parts.push(node.alt);
      return;
  }
  if (rules.skip.has(node.type) || !('children' in node)) return;
  for (const child of node.children) {
    collectText(child, rules, parts);
    if (rules.spaceAfter(child)) parts.push(' ');
  }
}
