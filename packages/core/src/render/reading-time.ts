import type { Root } from 'mdast';
import readingTime from 'reading-time';
import type { ReadingTime } from '../post.js';
import { collectText, type TextRules } from './mdast-text.js';

/** The prose of a tree, as read: everything but code blocks, raw HTML and front matter; images by alt. */
const readText: TextRules = {
  skip: new Set(['code', 'html', 'yaml']),
  imageAlt: true,
  spaceAfter: () => true,
};

/**
 * Reading time of a post from its prose (code blocks are not read word by word). `reading-time`
 * counts each CJK character as a word. Minutes are rounded up, at least 1.
 */
export function readingTimeOf(tree: Root): ReadingTime {
  const parts: string[] = [];
  collectText(tree, readText, parts);
  const stats = readingTime(parts.join(''));
  const minutes = Math.max(1, Math.ceil(stats.minutes));
  return { minutes, words: stats.words, text: `${minutes} min read` };
}
