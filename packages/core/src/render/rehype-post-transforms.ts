import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { ImageFolders } from '../images/local-image.js';
import { type ElementTransform, walkElements } from './element-walk.js';
import { copyButtonTransform } from './rehype-copy-button.js';
import { externalLinksTransform } from './rehype-external-links.js';
import { fragmentLinksTransform } from './rehype-fragment-links.js';
import { headingsTransform } from './rehype-headings.js';
import { imagesTransform } from './rehype-images.js';
import { taskListLabelsTransform } from './rehype-task-list-labels.js';

/** Which of Inkwell's own transforms run after highlighting. */
export interface PostTransformOptions {
  copyButton: boolean;
  /** The sanitizer's id prefix, to repair in-page links to ids it renamed; `undefined` when not sanitizing. */
  fragmentPrefix: string | undefined;
  /** Where local images are read for their sizes; `undefined` to leave sizes out. */
  images: ImageFolders | undefined;
}

/**
 * rehype plugin: Inkwell's transforms after highlighting — copy buttons, heading ids and anchors,
 * in-page links to sanitized ids, external-link `rel`, image sizes and lazy loading, task-list labels — in one walk of
 * the tree rather than one each.
 */
export function rehypePostTransforms(options: PostTransformOptions) {
  return (tree: Root, file: VFile): void => {
    const transforms: ElementTransform[] = [];
    if (options.copyButton) transforms.push(copyButtonTransform());
    transforms.push(headingsTransform(file));
    if (options.fragmentPrefix !== undefined) transforms.push(fragmentLinksTransform(options.fragmentPrefix));
    transforms.push(
      externalLinksTransform(),
      imagesTransform(file, options.images),
      taskListLabelsTransform(),
    );
    walkElements(tree, transforms);
  };
}
