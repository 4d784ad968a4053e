// llms.txt, llms-full.txt and /<slug>.md of the static export, read back as a reader's tool would:
// every post is listed, every listed link answers with that post's markdown, and its links resolve.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePathExportDir, exportDir } from './support/site.js';
import { type StaticServer, startStaticServer } from './support/static-server.js';

/** The origin the export was built for (SITE_URL's default): links are rewritten to the test server. */
const builtFor = 'http://127.0.0.1:3000';

interface Listed {
  title: string;
  url: string;
  description: string;
}

/** The `- [title](url): description` lines of an llms.txt file's `## Posts` section. */
function listedPosts(text: string): Listed[] {
  const section = text.split('\n## Posts\n')[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => {
      const match = /^- \[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)(?::\s(.*))?$/.exec(line);
      if (!match) throw new Error(`not an llms.txt link line: ${line}`);
      return {
        title: (match[1] ?? '').replace(/\\(.)/g, '$1'),
        url: match[2] ?? '',
        description: match[3] ?? '',
      };
    });
}

const exports = [
  { name: 'root build', dir: exportDir, mount: '' },
  { name: 'basePath build', dir: basePathExportDir, mount: '/blog' },
];

for (const { name, dir, mount } of exports) {
  const built = existsSync(join(dir, 'index.html'));
  describe.skipIf(!built && !process.env.CI)(`llms.txt and markdown per post (${name})`, () => {
    let server: StaticServer;
    const local = (url: string) => url.replace(`${builtFor}${mount}`, `${server.url}${mount}`);
    const get = async (url: string) => {
      const response = await fetch(local(url));
      return {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    };
    beforeAll(async () => {
      server = await startStaticServer(dir, mount);
    });
    afterAll(() => server?.close());

    it('llms.txt names the site and lists every published post, newest first, linking its markdown', async () => {
      const { status, text } = await get(`${builtFor}${mount}/llms.txt`);
      expect(status).toBe(200);
      expect(text.split('\n').slice(0, 3)).toEqual([
        '# The Inkwell Blog',
        '',
        '> Notes on building blogs from plain markdown: typed content, fast search, careful components.',
      ]);
      const posts = listedPosts(text);
      const sitemap = await get(`${builtFor}${mount}/sitemap.xml`);
      const postPages = [...sitemap.text.matchAll(/<loc>([^<]*\/posts\/[^<]*)<\/loc>/g)].map((m) => m[1]);
      expect(posts).toHaveLength(postPages.length);
      expect(posts[0]?.title).toBe('How a post becomes a page');
      expect(posts.map((post) => post.title)).not.toContain('Writing for the ear');
      for (const post of posts) {
        expect(post.url).toMatch(new RegExp(`^${builtFor}${mount}/[a-z0-9-]+\\.md$`));
        expect(post.description.length).toBeGreaterThan(20);
      }
    });

    it('every listed /<slug>.md is that post as markdown, its links absolute and answering', async () => {
      const posts = listedPosts((await get(`${builtFor}${mount}/llms.txt`)).text);
      for (const post of posts) {
        const markdown = await get(post.url);
        expect(markdown.status, post.url).toBe(200);
        expect(markdown.type).toMatch(/^text\/markdown/);
        const lines = markdown.text.split('\n');
        expect(lines[0]).toBe(`# ${post.title}`);
        expect(markdown.text).not.toMatch(/^---\n/);
        expect(markdown.text).toContain(`> ${post.description}`);
        const page = /· (\S+\/posts\/[a-z0-9-]+\/)$/m.exec(markdown.text)?.[1];
        expect(page, 'the page URL line').toBeDefined();
        const html = await get(page ?? '');
        expect(html.status).toBe(200);
        expect(html.text).toContain(`<h1>${post.title.replaceAll('&', '&amp;')}</h1>`);
        const siteLinks = [...markdown.text.matchAll(/\]\((\S+?)(?:\s+"[^"]*")?\)/g)]
          .map((match) => match[1] ?? '')
          .filter((url) => !url.startsWith('http') || url.startsWith(builtFor));
        for (const url of siteLinks) {
          expect(url, `${post.url}: ${url}`).toMatch(/^https?:\/\//);
          expect((await get(url.replace(/#.*$/, ''))).status, url).toBe(200);
        }
      }
    });

    it('keeps diagrams as their mermaid source and code as written', async () => {
      const { text } = await get(`${builtFor}${mount}/how-a-post-becomes-a-page.md`);
      expect(text).toMatch(/```mermaid\n/);
      expect(text).not.toContain('<svg');
    });

    it('llms-full.txt holds every post in full, in the order llms.txt lists them', async () => {
      const index = listedPosts((await get(`${builtFor}${mount}/llms.txt`)).text);
      const full = await get(`${builtFor}${mount}/llms-full.txt`);
      expect(full.status).toBe(200);
      const titles = [...full.text.matchAll(/^# (.+)$/gm)].map((match) => match[1]);
      expect(titles.filter((title) => index.some((post) => post.title === title))).toEqual(
        index.map((post) => post.title),
      );
      for (const post of index) expect(full.text).toContain((await get(post.url)).text.trim());
    });
  });
}
