import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ReadingTime } from '../post.js';
import { excerptOf, isMoreMarker } from './excerpt.js';
import { readingTimeOf } from './reading-time.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkPostSummary`. */
    excerpt: string;
    /** Set by `remarkPostSummary`. */
    readingTime: ReadingTime;
  }
}

/**
 * remark plugin: computes the excerpt and reading time from the markdown tree (so the post is
 * parsed once) into `file.data`, then removes the `<!-- more -->` marker from the tree.
 */
export function remarkPostSummary() {
  return (tree: Root, file: VFile): void => {
    file.data.excerpt = excerptOf(tree);
    file.data.readingTime = readingTimeOf(tree);
    tree.children = tree.children.filter((node) => !isMoreMarker(node));
  };
}
