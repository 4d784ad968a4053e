/**
 * A minimal XML writer for feeds and sitemaps. Feeds need only elements, attributes, text and
 * CDATA; owning these few lines lets us guarantee what libraries did not (see the README):
 * characters that XML 1.0 forbids are removed, and output is byte-identical for equal input.
 */

/**
 * Everything XML 1.0 does not allow in a document: C0 controls other than tab/newline/return,
 * lone surrogates (the `u` flag matches them as code points), and U+FFFE/U+FFFF.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Removes characters that would make XML ill-formed (`\u0000`, `\u001b`, lone surrogates, …).
 * Used for every string that goes into a feed, JSON Feed included, so all formats say the same.
 *
 * @example
 * ```ts
 * stripInvalidXmlChars('Bell\u0007 and \ud800 lone'); // 'Bell and  lone'
 * ```
 */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  // Tabs and newlines are escaped so attribute-value normalization does not turn them into spaces.
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** An element: its name, attributes (undefined ones are left out) and children. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  children?: XmlChild[];
}

/** A child of an element: an element, escaped text, or a CDATA section. */
export type XmlChild = XmlElement | { text: string } | { cdata: string };

/**
 * Builds an element; `undefined`/`false` children are dropped so optional fields read naturally.
 */
export function element(
  name: string,
  attributes?: XmlElement['attributes'],
  ...children: (XmlChild | XmlChild[] | undefined | false)[]
): XmlElement {
  const kept = children.flat().filter((child): child is XmlChild => Boolean(child));
  return { name, ...(attributes ? { attributes } : {}), children: kept };
}

/** An element holding text, or `undefined` (dropped by {@link element}) when there is no text. */
export function textElement(
  name: string,
  text: string | undefined,
  attributes?: XmlElement['attributes'],
): XmlElement | undefined {
  if (text === undefined) return undefined;
  return element(name, attributes, { text });
}

/** An element holding a CDATA section (for HTML), or `undefined` when there is no text. */
export function cdataElement(
  name: string,
  cdata: string | undefined,
  attributes?: XmlElement['attributes'],
): XmlElement | undefined {
  if (cdata === undefined) return undefined;
  return element(name, attributes, { cdata });
}

function serializeAttributes(attributes: XmlElement['attributes']): string {
  let out = '';
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeAttribute(stripInvalidXmlChars(String(value)))}"`;
  }
  return out;
}

function serializeChild(child: XmlChild, indent: string): string {
  if ('text' in child) return escapeText(stripInvalidXmlChars(child.text));
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
