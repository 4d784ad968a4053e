import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeed } from '../../src/feed/create-feed.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { headTagsToHtml, postMetaTags } from '../../src/metadata/meta-tags.js';
import type { Post } from '../../src/post.js';
import type { Site } from '../../src/shared/site.js';
import { HostileBrowser } from './browser.js';
import { JS } from './hostile-markdown.js';
import { staticFindings, urlScheme } from './static-html.js';

// Frontmatter values reach attributes (<meta content>, og:image, enclosure URLs) and feeds. Each
// hostile post is loaded with loadPosts, turned into a page head and all three feeds, and loaded
// in Chromium.

const BREAKOUT = `"><script>${JS}</script><img src=x onerror="${JS.replaceAll("'", '&#39;')}">`;
const site: Site = { url: 'https://blog.example', title: 'Blog', description: 'A blog', language: 'en' };

/** YAML double-quoted string: JSON is a subset. */
const yaml = (value: string) => JSON.stringify(value);

const hostilePosts: Record<string, string> = {
  'breakout.md': [
    `title: ${yaml(`Title ${BREAKOUT}`)}`,
    `description: ${yaml(`Description ${BREAKOUT} ]]> </description><script>${JS}</script>`)}`,
    'date: 2025-01-02',
    `tags: [${yaml(`tag ${BREAKOUT}`)}, ${yaml('</category><script>alert(1)</script>')}]`,
    'coverImage: /cover.png',
    `coverImageAlt: ${yaml(`Alt ${BREAKOUT}`)}`,
    'audio:',
    '  src: /narration.mp3',
    `  title: ${yaml(`Narration ${BREAKOUT}`)}`,
  ].join('\n'),
  'script-urls.md': [
    'title: Script URLs',
    'date: 2025-01-01',
    `coverImage: ${yaml(`javascript:${JS}`)}`,
    'coverImageAlt: Cover',
    'audio:',
    `  src: ${yaml(' JaVaScRiPt:alert(1)')}`,
    '  mimeType: audio/mpeg',
  ].join('\n'),
  'data-urls.md': [
    'title: Data URLs',
    'date: 2024-12-31',
    `coverImage: ${yaml('data:text/html,<script>alert(1)</script>')}`,
    'audio:',
    `  src: ${yaml('vbscript:msgbox(1)')}`,
    '  mimeType: audio/mpeg',
  ].join('\n'),
};

let dir: string;
let posts: Post[];
let browser: HostileBrowser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-xss-fm-'));
  for (const [file, frontmatter] of Object.entries(hostilePosts)) {
    await writeFile(join(dir, file), `---\n${frontmatter}\n---\n\nReadable body of ${file}.\n`);
  }
  posts = await loadPosts({ dir, cache: false, onWarning: () => {} });
  browser = await HostileBrowser.launch(2);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const postNamed = (slug: string): Post => {
  const post = posts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`no post ${slug}`);
  return post;
};

const expectNothingRan = (activity: Awaited<ReturnType<HostileBrowser['visit']>>) => {
  expect(activity.dialogs).toEqual([]);
  expect(activity.markers).toEqual([]);
  expect(activity.pwned).toBeUndefined();
  expect(activity.requests).toEqual([]);
  expect(activity.navigations).toEqual([]);
  expect(activity.handlerAttributes).toEqual([]);
};

describe('hostile frontmatter in a page head', () => {
  it('head tags keep every value inside its attribute; nothing runs', async () => {
    const slug = 'breakout';
    const post = postNamed(slug);
    const head = headTagsToHtml(postMetaTags(post, site));
    const findings = staticFindings(head);
    expect(findings.tags.filter((tag) => tag !== 'meta' && tag !== 'link')).toEqual([]);
    expect(findings.handlers).toEqual([]);
    const page = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><h1>Post</h1>${post.html}</body></html>`;
    const activity = await browser.visit(page);
    expectNothingRan(activity);
    expect(activity.visibleText).toContain(`Readable body of ${slug}.md`);
  });

  it('reads every hostile value back as the exact text written', async () => {
    const post = postNamed('breakout');
    const tags = postMetaTags(post, site);
    const content = (property: string) =>
      tags.find((tag) => tag.attributes.property === property || tag.attributes.name === property)?.attributes
        .content;
    expect(content('og:title')).toBe(`Title ${BREAKOUT}`);
    expect(content('og:image:alt')).toBe(`Alt ${BREAKOUT}`);
    expect(tags.find((tag) => tag.tag === 'title')?.text).toBe(`Title ${BREAKOUT}`);
  });

  it('refuses a script URL in coverImage or audio.src, naming the file and field', () => {
    expect(() => postMetaTags(postNamed('script-urls'), site)).toThrow(
      /^script-urls\.md: field "coverImage" must be a path or an http\(s\) URL, got "javascript:/,
    );
    expect(() => postMetaTags(postNamed('data-urls'), site)).toThrow(
      /data-urls\.md: field "coverImage" .* "data:text\/html/,
    );
    const audioOnly = { ...postNamed('script-urls'), coverImage: '/cover.png' };
    expect(() => postMetaTags(audioOnly, site)).toThrow(
      /field "audio\.src" must be a path or an http\(s\) URL, got " ?JaVaScRiPt:/,
    );
  });
});

describe('hostile frontmatter in feeds', () => {
  const safe = () => [postNamed('breakout')];
  const feeds = () => ({
    rss: createFeed(safe(), { format: 'rss', site }),
    atom: createFeed(safe(), { format: 'atom', site }),
  });

  it.each(['rss', 'atom', 'json'] as const)(
    '%s: refuses script URLs from frontmatter with an error naming file and field',
    (format) => {
      expect(() => createFeed(posts, { format, site })).toThrow(
        /script-urls\.md: field "coverImage" must be a path or an http\(s\) URL/,
      );
      const vbscript = { ...postNamed('data-urls'), coverImage: 'https://cdn.example/c.png' };
      expect(() => createFeed([vbscript], { format, site })).toThrow(
        /data-urls\.md: field "audio\.src" .* "vbscript:/,
      );
    },
  );

  it.each(['rss', 'atom'] as const)(
    '%s: loads in Chromium as XML without running anything',
    async (format) => {
      const xml = feeds()[format];
      const activity = await browser.visit(xml, 'application/xml');
      expectNothingRan(activity);
      expect(activity.markers).toEqual([]); // also: the XML is well-formed (a parse error page has no items)
      expect(activity.visibleText).toContain('Readable body of breakout.md');
    },
  );

  it.each(['rss', 'atom'] as const)('%s: no script URL in any link, enclosure or image', (format) => {
    const xml = feeds()[format];
    const urls = [...xml.matchAll(/\b(?:url|href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');
    for (const url of urls) expect(['http', 'https'], url).toContain(urlScheme(url.replaceAll('&amp;', '&')));
  });

  it('JSON Feed: values read back as text, HTML content is the sanitized post, URLs are http(s)', () => {
    const feed = JSON.parse(createFeed(safe(), { format: 'json', site }));
    const item = feed.items.find((entry: { title: string }) => entry.title.startsWith('Title'));
    expect(item.title).toBe(`Title ${BREAKOUT}`);
    expect(staticFindings(item.content_html).tags).toEqual([]);
    for (const entry of feed.items) {
      for (const url of [
        entry.url,
        entry.image,
        ...(entry.attachments ?? []).map((a: { url: string }) => a.url),
      ]) {
        if (url !== undefined) expect(['http', 'https'], url).toContain(urlScheme(url));
      }
    }
  });
});
