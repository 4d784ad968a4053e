import type { Nodes, Root } from 'mdast';
import readingTime from 'reading-time';
import type { ReadingTime } from '../post.js';

/** Collects the prose of a tree: everything but code blocks, raw HTML and front matter. */
function prose(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      parts.push(node.value);
      return;
    case 'image':
      if (node.alt) parts.push(node.alt);
      return;
    case 'code':
    case 'html':
    case 'yaml':
      return;
    default:
      if ('children' in node) {
        for (const child of node.children) {
          prose(child, parts);
          parts.push(' ');
        }
      }
  }
}

/**
 * Reading time of a post from its prose (code blocks are not read word by word). `reading-time`
 * counts each CJK character as a word. Minutes are rounded up, at least 1.
 */
export function readingTimeOf(tree: Root): ReadingTime {
  const parts: string[] = [];
  prose(tree, parts);
  const stats = readingTime(parts.join(''));
  const minutes = Math.max(1, Math.ceil(stats.minutes));
  return { minutes, words: stats.words, text: `${minutes} min read` };
}
