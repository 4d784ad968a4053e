/** A ` ```mermaid ` fence as `rehype-mermaid` left it in a post's HTML. */
export interface MermaidPlaceholder {
  /** The diagram's source, as written in the fence. */
  source: string;
  /** Line of the fence in the markdown file, when known. */
  line?: number;
  /** Where the `<pre>` starts and ends in the HTML. */
  start: number;
  end: number;
}

const PLACEHOLDER = /<pre class="mermaid"(?: data-line="(\d+)")?>([^<]*)<\/pre>/g;
const ENTITY = /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reverses rehype-stringify's escaping of text (`&#x3C;`, `&#x26;`, named entities). */
function decodeText(text: string): string {
  return text.replace(ENTITY, (_, hex: string, decimal: string, name: string) =>
    name
      ? (NAMED[name.toLowerCase()] ?? '')
      : String.fromCodePoint(Number.parseInt(hex ?? decimal, hex ? 16 : 10)),
  );
}

/**
 * Finds the mermaid placeholders in rendered HTML. Text inside them is escaped (`<` as `&#x3C;`), so a
 * placeholder never contains a `<` of its own and a `</pre>` always ends it.
 *
 * @example
 * ```ts
 * findMermaidPlaceholders('<pre class="mermaid" data-line="3">graph TD; A--&#x3E;B</pre>');
 * // [{ source: 'graph TD; A-->B', line: 3, start: 0, end: 59 }]
 * ```
 */
export function findMermaidPlaceholders(html: string): MermaidPlaceholder[] {
  if (!html.includes('<pre class="mermaid"')) return [];
  return [...html.matchAll(PLACEHOLDER)].map((match) => ({
    source: decodeText(match[2] ?? ''),
    ...(match[1] !== undefined && { line: Number(match[1]) }),
    start: match.index,
    end: match.index + match[0].length,
  }));
}
