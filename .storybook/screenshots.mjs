// Opens every docs page and every sidebar story of the *built* Storybook in headless Chromium, light and
// dark, saves a screenshot of each and prints what a reader would notice: props without a description,
// raw `@example` text, stories that show nothing, and errors logged to the console (a failing play
// function in a docs page's inline story only logs). Run after `pnpm build-storybook`:
//   node .storybook/screenshots.mjs [outDir] [--phone] [--only=substring-of-id]
// `--phone` uses a 390x844 viewport (file names end in .phone.png).
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';

const root = 'node_modules/.cache/storybook-static';
const ansiColours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const out =
  process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'node_modules/.cache/storybook-shots';
const phone = flags.includes('--phone');
const only = flags.find((flag) => flag.startsWith('--only='))?.slice('--only='.length);
if (!existsSync(join(root, 'index.json')))
  throw new Error(`No built Storybook in ${root}: run pnpm build-storybook`);
mkdirSync(out, { recursive: true });

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.opus': 'audio/ogg',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const pages = Object.values(entries).filter(
  (entry) =>
    (entry.type === 'docs' || (entry.type === 'story' && entry.tags.includes('dev'))) &&
    (!only || entry.id.includes(only)),
);
const profile = mkdtempSync(join(tmpdir(), 'inkwell-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
});
const problems = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  let logged = [];
  page.on('pageerror', (error) => problems.push(`${page.url()}: page error ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) logged.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      logged.push(
        message
          .text()
          .replace(ansiColours, '')
          .split('\n')
          .filter(Boolean)
          .slice(0, 3)
          .join(' / ')
          .slice(0, 300),
      );
  });
  for (const theme of ['light', 'dark']) {
    for (const entry of pages) {
      const url = `${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=theme:${theme}`;
      logged = [];
      // Stories named for a phone are shown at a phone's width (the manager would size their frame).
      const narrow = phone || entry.id.endsWith('--mobile-viewport');
      await page.setViewportSize(narrow ? { width: 390, height: 844 } : { width: 1280, height: 800 });
      await page.goto(url);
      await page.waitForTimeout(entry.type === 'docs' ? 2500 : 1200);
      if (entry.type === 'docs') {
        // Scroll through as a reader would: framed stories load only when they come near the viewport.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += 600) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(250);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(1500);
      }
      const file = join(out, `${entry.id}.${theme}${phone ? '.phone' : ''}.png`);
      await page.screenshot({ path: file, fullPage: entry.type === 'docs' });
      // A docs page's first screen at full resolution too: description, primary story, props table.
      if (entry.type === 'docs') await page.screenshot({ path: file.replace(/\.png$/, '.top.png') });
      const report = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.docblock-argstable-body tr')].filter((row) =>
          row.querySelector('td'),
        );
        const noDefault = rows
          .filter(
            (row) =>
              !row.querySelector(
                'td:nth-child(1) [title="Required"], td:nth-child(1) span[class*="required"]',
              ),
          )
          .filter((row) => !row.querySelector('td:nth-child(3)')?.textContent?.replace(/-|\s/g, ''))
          .map((row) => row.querySelector('td')?.textContent?.trim());
        const undescribed = rows
          .filter((row) => !row.querySelector('td:nth-child(2)')?.textContent?.replace(/-|\s/g, ''))
          .map((row) => row.querySelector('td')?.textContent?.trim());
        // biome-ignore lint/performance/useDomNodeTextContent: only the rendered (visible) text counts.
        const text = document.body.innerText;
        return {
          rows: rows.length,
          undescribed,
          noDefault,
          rawExample: /@example/.test(text),
          codeBlocks: document.querySelectorAll('.docs-story ~ * pre, .sbdocs pre').length,
          error: document.querySelector('.sb-show-errordisplay')
            ? document.querySelector('#error-message')?.textContent
            : null,
        };
      });
      const notes = [];
      if (entry.type === 'docs') {
        // Axe over the docs page's inline stories together (framed stories are checked on their own
        // pages), without the rules about Storybook's own page around them, nor its controls column
        // (its boolean switch's grey "False" and its object editor's bare <li> are Storybook's own).
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const result = await globalThis.axe.run(
            {
              include: [['#storybook-docs']],
              exclude: [['pre code'], ['.docblock-argstable-body td:nth-child(4)']],
            },
            {
              resultTypes: ['violations'],
              iframes: false,
              rules: Object.fromEntries(
                ['region', 'heading-order', 'page-has-heading-one'].map((rule) => [rule, { enabled: false }]),
              ),
            },
          );
          return result.violations.map(
            (violation) =>
              `${violation.id}×${violation.nodes.length} (${violation.nodes[0]?.target.join(' ')})`,
          );
        });
        if (violations.length) notes.push(`axe: ${violations.join(', ')}`);
        notes.push(`${report.rows} props`, `${report.codeBlocks} code blocks`);
        if (report.undescribed.length) notes.push(`undescribed: ${report.undescribed.join(', ')}`);
        if (report.noDefault.length) notes.push(`no default: ${report.noDefault.join(', ')}`);
        if (report.rawExample) notes.push('RAW @example');
      }
      if (report.error) notes.push(`ERROR ${report.error}`);
      for (const text of new Set(logged)) notes.push(`console: ${text}`);
      console.log(
        `${theme.padEnd(5)} ${entry.type.padEnd(5)} ${entry.title} › ${entry.name}  ${notes.join('; ')}  → ${file}`,
      );
    }
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
if (problems.length) console.log(`\n${problems.join('\n')}`);
