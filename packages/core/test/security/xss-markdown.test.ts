import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPosts } from '../../src/load/load-posts.js';
import type { Post } from '../../src/post.js';
import { HostileBrowser, type PageActivity } from './browser.js';
import { hostileMarkdown } from './hostile-markdown.js';
import { staticFindings } from './static-html.js';

// Every payload is a real post file, loaded through loadPosts with the default (sanitizing) options,
// then checked twice: statically (what an HTML parser sees) and live in Chromium (what runs).

const cases = hostileMarkdown.map((payload, index) => ({ ...payload, slug: `payload-${index}` }));
let dir: string;
let posts: Map<string, Post>;
let browser: HostileBrowser;
/** What each payload's page did in Chromium, by slug (pages visited a few at a time). */
const activities = new Map<string, PageActivity>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-xss-'));
  await Promise.all(
    cases.map(({ slug, name, markdown }) =>
      writeFile(
        join(dir, `${slug}.md`),
        `---\ntitle: ${JSON.stringify(name)}\ndate: 2025-01-01\n---\n\nOpening words of ${slug}.\n\n${markdown}\n`,
      ),
    ),
  );
  const loaded = await loadPosts({ dir, cache: false, onWarning: () => {} });
  posts = new Map(loaded.map((post) => [post.slug, post]));
  browser = await HostileBrowser.launch();
  await Promise.all(
    cases.map(async ({ slug }) =>
      activities.set(slug, await browser.visit(page(posts.get(slug)?.html ?? ''))),
    ),
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const page = (html: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><main>${html}</main></body></html>`;

/** Inkwell's own highlighting emits only shiki's colour variables and rehype-pretty-code's grid as inline styles. */
const ownStyle = /^<\w+ style="(?:(?:--shiki-[a-z-]+:[#\w()., -]+|display: grid);?)+">$/;

describe('hostile markdown, loaded with loadPosts', () => {
  it('loads every payload as a post', () => {
    expect([...posts.keys()].sort()).toEqual(cases.map((c) => c.slug).sort());
  });

  it.each(cases)('$name: no script, handler, script URL or page-changing element in the HTML', ({ slug }) => {
    const html = posts.get(slug)?.html ?? '';
    expect(html).not.toMatch(/<script/i);
    const findings = staticFindings(html);
    expect(findings.tags).toEqual([]);
    for (const style of findings.diagramStyles) expect(style).not.toMatch(/@import|url\(\s*['"]?(?!#)/i);
    expect(findings.handlers).toEqual([]);
    expect(findings.scriptUrls).toEqual([]);
    expect(findings.styleAttributes.filter((style) => !ownStyle.test(style))).toEqual([]);
  });
});

describe('hostile markdown in Chromium', () => {
  it.each(cases)('$name: nothing runs, nothing loads, the text is readable', ({ slug, kept }) => {
    const activity = activities.get(slug);
    if (!activity) throw new Error(`${slug} was not visited`);
    expect(activity.dialogs).toEqual([]);
    expect(activity.markers).toEqual([]);
    expect(activity.pwned).toBeUndefined();
    expect(activity.requests).toEqual([]);
    expect(activity.navigations).toEqual([]);
    expect(activity.handlerAttributes).toEqual([]);
    expect(activity.scriptUrls).toEqual([]);
    expect(activity.visibleText).toContain(`Opening words of ${slug}.`);
    for (const text of kept.filter(Boolean)) expect(activity.visibleText).toContain(text);
  });
});

describe('the trusted-HTML opt-out (sanitize: false)', () => {
  // Also proves the browser checks above can fail: the same payloads, unsanitized, are caught.
  it('keeps raw HTML as written, so a script in a post runs — only for content you wrote yourself', async () => {
    const trusted = await mkdtemp(join(tmpdir(), 'inkwell-trusted-'));
    try {
      const payloads = ['raw script', 'img onerror', 'raw a href, tab entity inside'];
      const body = hostileMarkdown
        .filter(({ name }) => payloads.includes(name))
        .map(({ markdown }) => markdown)
        .join('\n\n');
      await writeFile(join(trusted, 'trusted.md'), `---\ntitle: Trusted\ndate: 2025-01-01\n---\n\n${body}\n`);
      const [post] = await loadPosts({ dir: trusted, cache: false, markdown: { sanitize: false } });
      const activity = await browser.visit(page(post?.html ?? ''));
      expect(activity.pwned).toBe(1);
      expect(activity.dialogs).toContain('alert: 1');
      expect(activity.markers).toContain('PWNED');
      expect(activity.requests).toContain('GET https://evil.example/x');
      expect(activity.handlerAttributes).toContain('<img onerror>');
      expect(activity.scriptUrls.some((url) => url.startsWith('<a href="jav'))).toBe(true);
      expect(staticFindings(post?.html ?? '').tags).toContain('script');
    } finally {
      await rm(trusted, { recursive: true, force: true });
    }
  });
});
