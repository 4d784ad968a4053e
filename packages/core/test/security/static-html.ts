import { Parser } from 'htmlparser2';

const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'poster',
  'background',
  'srcset',
  'srcdoc',
]);
/** Elements that load or run something, or change the page around the post. Never allowed from a post. */
const dangerousTags = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'svg',
  'math',
  'template',
  'noscript',
]);

/** What in an HTML string could run or load code, as an HTML parser (entities decoded) sees it. */
export interface StaticFindings {
  tags: string[];
  /** `<style>` text and `style` attributes inside drawn diagrams (mermaid's own, scoped to the drawing). */
  diagramStyles: string[];
  handlers: string[];
  scriptUrls: string[];
  styleAttributes: string[];
}

/**
 * The scheme a browser would see: entities are already decoded by the parser; browsers drop ASCII
 * whitespace and controls anywhere in a scheme and compare it case-insensitively.
 */
export function urlScheme(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are exactly what browsers strip.
  const squashed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squashed)?.[1] ?? '';
}

/** Parses `html` and lists every element, handler and URL that could run script. */
export function staticFindings(html: string): StaticFindings {
  const findings: StaticFindings = {
    tags: [],
    diagramStyles: [],
    handlers: [],
    scriptUrls: [],
    styleAttributes: [],
  };
  // A drawn diagram is build output, not post HTML: its <svg> and mermaid's scoped <style> are expected
  // there (and only there); what the style says is reported for the caller to check.
  const open: string[] = [];
  let drawingDepth = 0;
  let inDiagramStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const isDrawing = name === 'div' && attributes.class === 'inkwell-diagram__drawing';
        open.push(isDrawing ? 'drawing' : name);
        if (isDrawing) drawingDepth += 1;
        const trusted = drawingDepth > 0 && (name === 'svg' || name === 'style');
        if (trusted && name === 'style') {
          inDiagramStyle = true;
          findings.diagramStyles.push('');
        }
        if (dangerousTags.has(name) && !trusted) findings.tags.push(name);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) findings.handlers.push(`<${name} ${attribute}>`);
          if (attribute === 'style' && drawingDepth > 0) findings.diagramStyles.push(value);
          else if (attribute === 'style') findings.styleAttributes.push(`<${name} style="${value}">`);
          if (urlAttributes.has(attribute) && ['javascript', 'vbscript', 'data'].includes(urlScheme(value))) {
            findings.scriptUrls.push(`<${name} ${attribute}="${value.slice(0, 40)}">`);
          }
        }
      },
      ontext(text) {
        if (inDiagramStyle) findings.diagramStyles[findings.diagramStyles.length - 1] += text;
      },
      onclosetag(name) {
        if (name === 'style') inDiagramStyle = false;
        if (open.pop() === 'drawing') drawingDepth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return findings;
}
