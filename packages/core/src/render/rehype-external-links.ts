import type { ElementTransform } from './element-walk.js';

const externalUrl = /^(?:https?:)?\/\//i;

/** External links (`http(s)://`, `//`) get `rel="noopener noreferrer"`. */
export function externalLinksTransform(): ElementTransform {
  return {
    enter(node) {
      if (
        node.tagName === 'a' &&
        typeof node.properties.href === 'string' &&
        externalUrl.test(node.properties.href)
      ) {
        const rel = new Set(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []);
        rel.add('noopener');
        rel.add('noreferrer');
        node.properties.rel = [...rel];
      }
      return undefined;
    },
  };
}
