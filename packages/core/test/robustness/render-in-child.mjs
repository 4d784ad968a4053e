// Renders one markdown file with the built @inkwell/core in its own process, so a test can stop a
// render that runs away (a synchronous parse cannot be interrupted from inside its own thread).
// Usage: node render-in-child.mjs <file.md>  → prints {"seconds", "htmlLength", "warnings"} or {"error"} as JSON.
import { readFile } from 'node:fs/promises';
import { renderMarkdown } from '../../dist/index.js';

const markdown = await readFile(process.argv[2] ?? '', 'utf8');
const started = performance.now();
try {
  const { html, warnings } = await renderMarkdown(markdown, { file: process.argv[2] });
  process.stdout.write(
    JSON.stringify({ seconds: (performance.now() - started) / 1000, htmlLength: html.length, warnings }),
  );
} catch (error) {
  process.stdout.write(
    JSON.stringify({ seconds: (performance.now() - started) / 1000, error: String(error) }),
  );
}
