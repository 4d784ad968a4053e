import { stripInvalidXmlChars } from './clean-text.js';
import { escapeXmlAttribute, escapeXmlText } from './escape.js';

/**
 * A minimal XML writer for feeds and sitemaps. Feeds need only elements, attributes, text and
 * CDATA; owning these few lines lets us guarantee what libraries did not (see the README):
 * characters that XML 1.0 forbids are removed, and output is byte-identical for equal input.
 */

/** An element: its name, attributes (undefined ones are left out) and children. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  children?: XmlChild[];
}

type Attributes = XmlElement['attributes'];

/** A child of an element: an element, escaped text, or a CDATA section. */
export type XmlChild = XmlElement | { text: string } | { cdata: string };

/**
 * Builds an element; `undefined`/`false` children are dropped so optional fields read naturally.
 */
export function element(
  name: string,
  attributes?: Attributes,
  ...children: (XmlChild | XmlChild[] | undefined | false)[]
): XmlElement {
  const kept = children.flat().filter((child): child is XmlChild => Boolean(child));
  return { name, ...(attributes ? { attributes } : {}), children: kept };
}

/** An element holding text, or `undefined` (dropped by {@link element}) when there is no text. */
export function textElement(name: string, text?: string, attributes?: Attributes): XmlElement | undefined {
  return text === undefined ? undefined : element(name, attributes, { text });
}

/** An element holding a CDATA section (for HTML), or `undefined` when there is no text. */
export function cdataElement(name: string, cdata?: string, attributes?: Attributes): XmlElement | undefined {
  return cdata === undefined ? undefined : element(name, attributes, { cdata });
}

function serializeAttributes(attributes: Attributes): string {
  let out = '';
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeXmlAttribute(stripInvalidXmlChars(String(value)))}"`;
  }
  return out;
}

function serializeChild(child: XmlChild, indent: string): string {
  if ('text' in child) return escapeXmlText(stripInvalidXmlChars(child.text));
  if ('cdata' in child) {
    // "]]>" cannot appear inside CDATA: close the section after "]]" and reopen it before ">".
    const safe = stripInvalidXmlChars(child.cdata).replace(/]]>/g, ']]]]><![CDATA[>');
    return `<![CDATA[${safe}]]>`;
  }
  return serializeElement(child, indent);
}

function serializeElement(node: XmlElement, indent: string): string {
  const open = `${indent}<${node.name}${serializeAttributes(node.attributes)}`;
  const children = node.children ?? [];
  if (children.length === 0) return `${open}/>`;
  if (children.every((child) => !('name' in child))) {
    return `${open}>${children.map((child) => serializeChild(child, '')).join('')}</${node.name}>`;
  }
  const inner = children.map((child) =>
    'name' in child ? serializeChild(child, `${indent}  `) : `${indent}  ${serializeChild(child, '')}`,
  );
  return `${open}>\n${inner.join('\n')}\n${indent}</${node.name}>`;
}

/**
 * Serializes a whole document: XML declaration, the root element indented by two spaces, and a
 * final newline.
 *
 * @example
 * ```ts
 * xmlDocument(element('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }));
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="…"/>\n'
 * ```
 */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, '')}\n`;
}
