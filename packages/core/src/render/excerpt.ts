import type { Nodes, Root, RootContent } from 'mdast';
import { collectText, type TextRules } from './mdast-text.js';

/** Length an automatic excerpt is cut near. */
const excerptLength = 200;
/** Paragraphs are added to an automatic excerpt until it is at least this long. */
const excerptMinLength = 120;

const moreMarker = /^<!--\s*more\s*-->$/i;

/** Whether an mdast node is the `<!-- more -->` marker. */
export function isMoreMarker(node: RootContent): boolean {
  return node.type === 'html' && moreMarker.test(node.value.trim());
}

/** Excerpt text: no HTML, images, footnotes, definitions or code; a space after each paragraph. */
const excerptText: TextRules = {
  skip: new Set(['html', 'imageReference', 'footnoteReference', 'code', 'definition', 'footnoteDefinition']),
  imageAlt: false,
  spaceAfter: (child) => child.type === 'paragraph' || child.type === 'listItem',
};

/**
 * Plain text of inline content: text and inline code kept, HTML, images and footnote references
 * dropped, whitespace collapsed.
 */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  collectText(node, excerptText, parts);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}

/** Blocks whose text can be part of an excerpt. */
function isProse(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'list';
}

/**
 * The excerpt of a post: the text before `<!-- more -->` when the marker is present, otherwise the
 * first paragraph(s), cut at a word boundary near 200 characters with an ellipsis. Plain text.
 */
export function excerptOf(tree: Root): string {
  const markerIndex = tree.children.findIndex(isMoreMarker);
  if (markerIndex !== -1) {
    return tree.children.slice(0, markerIndex).filter(isProse).map(plainText).filter(Boolean).join(' ');
  }
  let text = '';
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const paragraph = plainText(node);
    if (!paragraph) continue;
    text = text ? `${text} ${paragraph}` : paragraph;
    if (text.length >= excerptMinLength) break;
  }
  return truncate(text, excerptLength);
}

/** Cuts `text` at the last word boundary before `length`, adding an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // CJK text has no spaces: cut at the length instead of returning almost nothing.
  const end = lastSpace > length * 0.6 ? lastSpace : length;
  return `${text.slice(0, end).replace(/[\s,;:.!?–—-]+$/, '')}…`;
}
