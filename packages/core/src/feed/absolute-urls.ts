import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** hast property names (camelCase) whose value is one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'formAction', 'data'] as const;

/** Schemes that run code; a feed reader must never get a link that does. */
const SCRIPT_SCHEME = /^\s*(?:javascript|vbscript):/i;

function absolute(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value; // Not a URL we can resolve (e.g. "http://[bad"): leave it as written.
  }
}

/**
 * Resolves each candidate of a `srcset` ("a.png 1x, b.png 2x"), following the HTML parsing rules:
 * a candidate is a URL (a run of non-space characters; a trailing comma ends the candidate) and
 * optional descriptors up to the next comma.
 */
function absoluteSrcset(srcset: string, base: string): string {
  const candidates: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    const url = /^\S+/.exec(rest)?.[0];
    if (url === undefined) break;
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      candidates.push(absolute(url.replace(/,+$/, ''), base));
      continue;
    }
    const descriptors = /^[^,]*/.exec(rest)?.[0] ?? '';
    rest = rest.slice(descriptors.length);
    const resolved = absolute(url, base);
    candidates.push(descriptors.trim() ? `${resolved} ${descriptors.trim()}` : resolved);
  }
  return candidates.join(', ');
}

/**
 * Rewrites every relative URL in an HTML fragment (`href`, `src`, `srcset`, `poster`, `cite`, …)
 * to an absolute one, resolved against `baseUrl` as a browser would on that page. Feed readers
 * show content away from the site, where `/img.png` or `#section` would otherwise break.
 * `javascript:`/`vbscript:` URLs are removed.
 *
 * @example
 * ```ts
 * absolutizeHtml('<img src="/a.png"><a href="#intro">Intro</a>', 'https://example.com/posts/hi/');
 * // '<img src="https://example.com/a.png"><a href="https://example.com/posts/hi/#intro">Intro</a>'
 * ```
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    const properties = node.properties;
    for (const name of URL_PROPERTIES) {
      const value = properties[name];
      if (typeof value !== 'string') continue;
      if (SCRIPT_SCHEME.test(value)) delete properties[name];
      else properties[name] = absolute(value, baseUrl);
    }
    if (typeof properties.srcSet === 'string') {
      properties.srcSet = absoluteSrcset(properties.srcSet, baseUrl);
    }
  });
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
