import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A diagram drawn in both themes, or the reason mermaid could not draw it. */
export type DrawnDiagram =
  | { light: string; dark: string; kind: string }
  | { error: string /** Line within the diagram source, when mermaid says. */; line?: number };

/** A running headless browser with mermaid loaded: one per `loadPosts` call, closed by `close()`. */
export interface MermaidBrowser {
  draw(sources: readonly string[]): Promise<DrawnDiagram[]>;
  close(): Promise<void>;
}

/** Why diagrams cannot be drawn on this machine, in words that say what to do. */
export interface MermaidUnavailable {
  missing: string;
}

/** The id mermaid is given for every diagram; replaced by a page-unique one when a figure is built. */
export const DIAGRAM_ID_TOKEN = 'inkwell-diagram-id';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
const require = createRequire(import.meta.url);

/** The installed browser to draw with: `CHROMIUM_PATH`, `CHROME_PATH`, else a system Chromium or Chrome. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (configured) return configured;
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

/** The installed mermaid's version (part of the diagram cache key), or `undefined` when it is not installed. */
export function mermaidVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return undefined;
  }
}

/**
 * Config keys a diagram's own `%%{init: …}%%` directive may not change: mermaid's defaults plus
 * everything that reaches the SVG's `<style>` (a post could otherwise `@import` a remote stylesheet)
 * or turns labels into HTML.
 */
const LOCKED_CONFIG = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'suppressErrorRendering',
  'theme',
  'themeCSS',
  'themeVariables',
  'darkMode',
  'fontFamily',
  'altFontFamily',
  'htmlLabels',
];

// Runs in the page, as a string so no bundler rewrites it. Each source is drawn light, then dark.
const DRAW_IN_PAGE = `async (sources) => {
  const LOCKED = ${JSON.stringify(LOCKED_CONFIG)};
  const drawn = [];
  for (const source of sources) {
    const one = {};
    for (const [name, theme] of [['light', 'default'], ['dark', 'dark']]) {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', secure: LOCKED, theme, htmlLabels: false,
        flowchart: { htmlLabels: false }, fontFamily: 'ui-sans-serif, system-ui, sans-serif' });
      try {
        const { svg, diagramType } = await mermaid.render('${DIAGRAM_ID_TOKEN}', source);
        one[name] = svg;
        one.kind = diagramType;
      } catch (error) {
        const message = String((error && error.message) || error);
        const line = /on line (\\d+)/i.exec(message);
        drawn.push({ error: message, ...(line ? { line: Number(line[1]) } : {}) });
        document.querySelectorAll('[id^="d${DIAGRAM_ID_TOKEN}"]').forEach((node) => node.remove());
        break;
      }
    }
    if (one.light && one.dark) drawn.push(one);
  }
  return drawn;
}`;

/**
 * Starts the system Chromium through `playwright-core` with mermaid's browser bundle loaded, or says
 * what is missing (the optional peers `mermaid` and `playwright-core`, or a browser).
 *
 * @example
 * ```ts
 * const browser = await launchMermaidBrowser();
 * if (!('missing' in browser)) {
 *   const [drawn] = await browser.draw(['graph TD\n  A-->B']);
 *   await browser.close();
 * }
 * ```
 */
export async function launchMermaidBrowser(): Promise<MermaidBrowser | MermaidUnavailable> {
  let bundle: string;
  let chromium: typeof import('playwright-core').chromium;
  try {
    bundle = require.resolve('mermaid/dist/mermaid.min.js');
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { missing: 'install the optional peer dependencies mermaid and playwright-core' };
  }
  const executablePath = findChromium();
  if (!executablePath) {
    return { missing: 'install Chromium or Chrome, or set CHROMIUM_PATH to a Chromium executable' };
  }
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    return {
      missing: `could not start ${executablePath} (${reason}); set CHROMIUM_PATH to a working Chromium`,
    };
  }
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: bundle });
    return {
      draw: (sources) =>
        page.evaluate(`(${DRAW_IN_PAGE})(${JSON.stringify(sources)})`) as Promise<DrawnDiagram[]>,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
