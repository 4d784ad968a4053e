import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { Heading } from '../post.js';
import { headingIds } from '../shared/slug.js';
import type { ElementTransform } from './element-walk.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by `headingsTransform`. */
    headings: Heading[];
  }
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Gives every heading a unique GitHub-style id (`headingIds` of `shared/slug.ts`), makes its text a link to itself
 * (`<a class="inkwell-heading-anchor" href="#id">`), and records the headings in
 * `file.data.headings` for a table of contents.
 *
 * Wrapping the text keeps the heading's accessible name unchanged and the anchor reachable by
 * keyboard. A heading that already contains a link gets a separate `#` anchor after its text.
 */
export function headingsTransform(file: VFile): ElementTransform {
  const idOf = headingIds();
  const headings: Heading[] = [];
  file.data.headings = headings;
  return {
    enter(node) {
      // The footnotes label is referenced by id from every footnote reference: leave it alone.
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) return 'skip';
      if (!headingTags.has(node.tagName)) return undefined;
      const text = hastToString(node).replace(/\s+/g, ' ').trim();
      const id = idOf(text || 'section');
      node.properties.id = id;
      headings.push({ depth: Number(node.tagName.slice(1)), id, text });
      if (containsLink(node)) {
        node.children.push({
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['inkwell-heading-anchor'],
            href: `#${id}`,
            ariaLabel: `Link to section: ${text}`,
          },
          children: [{ type: 'text', value: '#' }],
        });
      } else {
        node.children = [
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['inkwell-heading-anchor'], href: `#${id}` },
            children: node.children,
          },
        ];
      }
      return 'skip';
    },
  };
}

function containsLink(node: Element): boolean {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a' || containsLink(child)) return true;
  }
  return false;
}
