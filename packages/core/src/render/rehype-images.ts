import type { VFile } from 'vfile';
import { readImageDimensions } from '../images/image-size.js';
import { type ImageFolders, localImageFile } from '../images/local-image.js';
import type { ElementTransform } from './element-walk.js';

/**
 * Images without layout shift: a local image (`/covers/a.png` under the public folder, or a path
 * next to the post) gets the `width` and `height` of its file, unless the markdown or HTML already
 * gave either; remote images are left as written. Every image but the first gets `loading="lazy"`
 * and `decoding="async"`: the first is likely above the fold, where lazy loading would delay it.
 * `folders` is `undefined` when sizes are turned off (`markdown.images: false`).
 */
export function imagesTransform(file: VFile, folders: ImageFolders | undefined): ElementTransform {
  let first = true;
  return {
    enter(node) {
      if (node.tagName !== 'img') return undefined;
      const { properties } = node;
      if (first) first = false;
      else {
        properties.loading ??= 'lazy';
        properties.decoding ??= 'async';
      }
      const src = properties.src;
      if (!folders || typeof src !== 'string' || properties.width != null || properties.height != null) {
        return undefined;
      }
      const local = localImageFile(src, file.path ?? '', folders);
      const dimensions = local && readImageDimensions(local);
      if (dimensions) {
        properties.width = dimensions.width;
        properties.height = dimensions.height;
      }
      return undefined;
    },
  };
}
