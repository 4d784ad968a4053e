import type { Element } from 'hast';
import { decodeUriComponentSafely as decodeFragment } from '../shared/decode.js';
import type { ElementTransform } from './element-walk.js';

/**
 * Sanitizing prefixes ids written in markdown (`id="x"` → `id="user-content-x"`, so user content
 * cannot clobber page globals), which breaks in-page links to them — footnotes included. This
 * rewrites `href="#x"` to `#user-content-x` when only the prefixed id exists (once the whole tree has
 * been seen).
 */
export function fragmentLinksTransform(prefix: string): ElementTransform {
  const ids = new Set<string>();
  const links: Element[] = [];
  return {
    enter(node) {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) links.push(node);
      return undefined;
    },
    done() {
      for (const link of links) {
        const target = decodeFragment(String(link.properties.href).slice(1));
        if (!ids.has(target) && ids.has(prefix + target)) link.properties.href = `#${prefix}${target}`;
      }
    },
  };
}
