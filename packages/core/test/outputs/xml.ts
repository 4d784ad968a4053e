import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/**
 * Throws unless `xml` is a well-formed, namespace-well-formed XML 1.0 document. saxes is strict
 * (forbidden characters, bare `&`, unbound prefixes); fast-xml-parser's validator is not.
 */
export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** Elements that may repeat, always parsed as arrays so tests can index them. */
const REPEATED = new Set(['item', 'entry', 'category', 'url', 'enclosure', 'feed.link', 'feed.entry.link']);

/** Parses XML to objects: attributes as `@name`, text as `#text` when there are attributes. */
export function parseXml(xml: string): Record<string, unknown> {
  assertWellFormedXml(xml);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name, path) => REPEATED.has(name) || REPEATED.has(String(path)),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

/**
 * Reads a value out of parsed output by a dotted path (`'channel.item.0.title'`), so tests can
 * walk untyped documents without casts. Returns `undefined` where the path leads nowhere.
 */
export function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
