import { copyButtonContract as copy } from '../shared/copy-button-contract.js';
import { escapeHtml, escapeHtmlAttribute } from '../shared/escape.js';
import { DIAGRAM_ID_TOKEN } from './mermaid-browser.js';

/** What a drawn figure is built from. */
export interface MermaidFigureParts {
  source: string;
  light: string;
  dark: string;
  /** mermaid's name for the diagram type: `flowchart-v2`, `sequence`, `gantt`… */
  kind: string;
  /** Unique on the page: the ids inside both SVGs are derived from it. */
  id: string;
}

const KIND_NAMES: Record<string, string> = {
  'flowchart-v2': 'Flowchart',
  flowchart: 'Flowchart',
  graph: 'Flowchart',
  sequence: 'Sequence diagram',
  classDiagram: 'Class diagram',
  class: 'Class diagram',
  stateDiagram: 'State diagram',
  state: 'State diagram',
  er: 'Entity relationship diagram',
  gantt: 'Gantt chart',
  pie: 'Pie chart',
  journey: 'User journey',
  gitGraph: 'Git graph',
  mindmap: 'Mind map',
  timeline: 'Timeline',
  quadrantChart: 'Quadrant chart',
  xychart: 'Chart',
};

/** The diagram's own title (`accTitle:` or frontmatter `title:`), if the source gives one. */
export function diagramTitle(source: string): string | undefined {
  const match =
    /^\s*accTitle\s*:\s*(.+)$/m.exec(source) ?? /^---\s*\n(?:.*\n)*?\s*title\s*:\s*(.+)\n/m.exec(source);
  const title = match?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2');
  return title || undefined;
}

/** Gives every id inside an SVG (and every reference to it) the figure's prefix, so copies never clash. */
function withUniqueIds(svg: string, id: string): string {
  const own = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
  let out = svg.replaceAll(DIAGRAM_ID_TOKEN, id);
  for (const name of own) {
    if (name.includes(DIAGRAM_ID_TOKEN)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(\\sid="|#)${escaped}(?=["')])`, 'g'), `$1${id}-${name}`);
  }
  return out;
}

/** Names the SVG: mermaid's `<title>` when the source had `accTitle`, else `aria-label`. */
function labelled(svg: string, label: string): string {
  const withRole = svg.replace(/role="graphics-document document"/, 'role="img"');
  if (/^<svg[^>]*\saria-labelledby=/.test(withRole)) return withRole;
  return withRole.replace(/^<svg/, `<svg aria-label="${escapeHtmlAttribute(label)}"`);
}

/** The source as a code block in the copy-button contract's markup (one `data-line` span a line, a copy button). */
function sourceCode(source: string, attributes = ''): string {
  const lines = source
    .split('\n')
    .map((line) => `<span data-line="">${escapeHtml(line)}</span>`)
    .join('\n');
  return (
    `<figure ${copy.blockAttribute}=""${attributes}><pre data-language="mermaid"><code data-language="mermaid">${lines}</code></pre>` +
    `<button type="button" class="${copy.buttonClass}" ${copy.buttonAttribute}="" aria-label="${copy.buttonLabel}">${copy.buttonText}</button></figure>`
  );
}

/**
 * The HTML that replaces a mermaid fence: a `<figure class="inkwell-diagram">` holding the light and
 * the dark drawing (the stylesheet shows the one for the current theme), each an `img` named by the
 * diagram's `accTitle`/`title` or else by its type ("Sequence diagram"), then the source in a
 * `<details>` whose code block gets a copy button like any other.
 *
 * @example
 * ```ts
 * mermaidFigure({ source: 'graph TD\n  A-->B', light, dark, kind: 'flowchart-v2', id: 'diagram-1' });
 * ```
 */
export function mermaidFigure({ source, light, dark, kind, id }: MermaidFigureParts): string {
  const label = diagramTitle(source) ?? KIND_NAMES[kind] ?? 'Diagram';
  const drawing = (svg: string, scheme: 'light' | 'dark') =>
    `<div class="inkwell-diagram__drawing" data-scheme="${scheme}">${labelled(withUniqueIds(svg, `${id}-${scheme}`), label)}</div>`;
  return (
    `<figure class="inkwell-diagram" data-diagram="mermaid">${drawing(light, 'light')}${drawing(dark, 'dark')}` +
    `<details class="inkwell-diagram__source"><summary>Diagram source</summary>${sourceCode(source)}</details></figure>`
  );
}

/**
 * The HTML for a diagram mermaid could not draw: its source as a code block, marked so a reader sees
 * it is a diagram that failed, never silently dropped.
 *
 * @example
 * ```ts
 * mermaidSourceBlock('graph TD\n  A-->');
 * ```
 */
export function mermaidSourceBlock(source: string): string {
  return sourceCode(source, ' data-diagram="mermaid" data-diagram-state="source"');
}
