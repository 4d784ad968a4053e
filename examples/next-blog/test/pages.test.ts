// Every page type of the static export: it renders, has what a reader and a crawler need, and axe
// finds no violations, in light and dark.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { serveSite } from './support/site.js';

const site = serveSite();

const pageTypes = {
  home: '/',
  post: '/posts/typed-frontmatter-with-zod/',
  'post with narration': '/posts/welcome-to-inkwell/',
  'post with narration, diagrams and an aligned table': '/posts/how-a-post-becomes-a-page/',
  'post in a series, with a task list': '/posts/streams-in-practice-part-2/',
  tag: '/tags/streams/',
  about: '/about/',
  'not found': '/no-such-page/',
};

describe('pages', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pageTypes)) {
      it(`${name} (${theme}) has no axe violations`, async () => {
        const page = await site.browser.context.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('lists published posts on the home page, newest first, without the draft', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}/`);
    const titles = await page.locator('.post-card__title').allTextContents();
    expect(titles.slice(0, 2)).toEqual(['How a post becomes a page', 'Dark mode without a flash']);
    expect(titles).toContain('Welcome to Inkwell');
    expect(titles).not.toContain('Writing for the ear');
    // Each card names its tags by slug, for styling and scripts.
    expect(await page.locator('.post-card').first().getAttribute('data-tags')).toBe('inkwell performance');
    await page.close();
  });

  it('filters the post list by tag', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}/`);
    const all = await page.locator('.post-card').count();
    await page
      .getByRole('group', { name: 'Filter posts by tag' })
      .getByRole('button', { name: /^streams/ })
      .click();
    await expect.poll(() => page.locator('.post-card').count()).toBe(2);
    expect(all).toBeGreaterThan(2);
    await page.close();
  });

  it('gives every post page its Open Graph and Twitter tags', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}/posts/welcome-to-inkwell/`);
    const meta = await page.evaluate(() =>
      Object.fromEntries(
        [...document.head.querySelectorAll('meta[property], meta[name]')].map((tag) => [
          tag.getAttribute('property') ?? tag.getAttribute('name'),
          tag.getAttribute('content'),
        ]),
      ),
    );
    expect(meta['og:title']).toBe('Welcome to Inkwell');
    expect(meta['og:type']).toBe('article');
    expect(meta['og:image']).toMatch(/^http:\/\/127\.0\.0\.1:3000\/covers\/welcome\.svg$/);
    expect(meta['og:image:alt']).toContain('inkwell');
    expect(meta['twitter:card']).toBe('summary_large_image');
    expect(meta['article:published_time']).toBe('2026-01-12T00:00:00.000Z');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      'http://127.0.0.1:3000/posts/welcome-to-inkwell/',
    );
    await page.close();
  });

  it('highlights code in both themes and wires the copy buttons', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}/posts/streams-in-practice-part-2/`);
    // A token's colour is shiki's light colour in light and its dark colour in dark, whether the
    // scheme comes from the system or from the page's choice (data-theme).
    const tokenColours = () =>
      page.evaluate(() => {
        const token = document.querySelector<HTMLElement>('pre code span[style*="--shiki-dark:"]');
        if (!token) return null;
        const probe = document.createElement('span');
        token.append(probe);
        const resolve = (value: string) => {
          probe.style.color = value;
          return getComputedStyle(probe).color;
        };
        const colours = {
          shown: getComputedStyle(token).color,
          light: resolve(token.style.getPropertyValue('--shiki-light')),
          dark: resolve(token.style.getPropertyValue('--shiki-dark')),
        };
        probe.remove();
        return colours;
      });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const colours = await tokenColours();
      expect(colours).not.toBeNull();
      expect(colours?.light).not.toBe(colours?.dark);
      expect(colours?.shown).toBe(colours?.[theme]);
    }
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
    // The system still prefers dark: the page's choice wins.
    const chosen = await tokenColours();
    expect(chosen?.shown).toBe(chosen?.light);
    expect(await page.locator('button[data-inkwell-copy]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('publishes feeds, a sitemap and the search index as well-formed files', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}/`);
    const checks = await page.evaluate(async () => {
      const parse = async (path: string) => {
        const text = await (await fetch(path)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return { root: doc.documentElement.nodeName, error: doc.querySelector('parsererror') !== null, text };
      };
      const rss = await parse('/rss.xml');
      const atom = await parse('/atom.xml');
      const sitemap = await parse('/sitemap.xml');
      const json = await (await fetch('/feed.json')).json();
      const index = await (await fetch('/search-index.json')).text();
      return { rss, atom, sitemap, json, indexLength: index.length };
    });
    expect(checks.rss).toMatchObject({ root: 'rss', error: false });
    expect(checks.atom).toMatchObject({ root: 'feed', error: false });
    expect(checks.sitemap).toMatchObject({ root: 'urlset', error: false });
    expect(checks.rss.text).toContain('<enclosure url="http://127.0.0.1:3000/audio/welcome.mp3"');
    expect(checks.sitemap.text).toContain('http://127.0.0.1:3000/tags/streams/');
    expect(checks.json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(checks.json.items.map((item: { title: string }) => item.title)).not.toContain(
      'Writing for the ear',
    );
    expect(checks.indexLength).toBeGreaterThan(1000);
    await page.close();
  });
});
