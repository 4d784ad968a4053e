import { describe, expect, it } from 'vitest';
import { absoluteMarkdownLinks } from '../../src/llms/absolute-markdown-links.js';
import { createLlmsFullTxt, createLlmsTxt } from '../../src/llms/llms-txt.js';
import { postMarkdown } from '../../src/llms/post-markdown.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { postsFolder } from '../load/helpers.js';

const site = { url: 'https://example.com/blog', title: 'Example [Blog]', description: 'Notes on\nthings.' };

const first = `---
title: First post
description: The first one.
date: 2025-01-01
tags: [node]
---

Intro with [the second](../second/#setup), [about](/about/), [a file](notes.txt "Notes /about/"),
[far](https://other.example/x) and [here](#intro) and ![chart](./chart.png) and [ref][r].

\`\`\`mermaid
graph TD; A-->B
\`\`\`

\`[not a link](/x)\` and <a href="/raw/">raw</a>

[r]: ../second/
`;

const second = `---
title: Second (with brackets])
date: 2025-02-01
---

# Second (with brackets])

## Setup

Text.
`;

async function blog() {
  const dir = await postsFolder({ 'first.md': first, 'second.md': second });
  const posts = await loadPosts({ dir, cache: false, markdown: { mermaid: 'source' }, memory: false });
  return { dir, posts };
}

describe('llms.txt and markdown per post', () => {
  it('createLlmsTxt: title, summary, then every post newest first with its URL and description', async () => {
    const { posts } = await blog();
    expect(createLlmsTxt(posts, site, { markdownUrl: (post) => `/${post.slug}.md` })).toBe(
      [
        '# Example [Blog]',
        '',
        '> Notes on things.',
        '',
        '## Posts',
        '',
        '- [Second (with brackets\\])](https://example.com/blog/second.md): Text.',
        '- [First post](https://example.com/blog/first.md): The first one.',
        '',
      ].join('\n'),
    );
    expect(createLlmsTxt(posts, site)).toContain('- [First post](https://example.com/blog/posts/first/): ');
  });

  it('postMarkdown: no frontmatter, diagrams as source, links absolute, code untouched', async () => {
    const { dir, posts } = await blog();
    const post = posts.find((p) => p.slug === 'first');
    if (!post) throw new Error('no first post');
    expect(await postMarkdown(post, { site, dir })).toBe(
      [
        '# First post',
        '',
        '> The first one.',
        '',
        'Published 2025-01-01 · tags: node · https://example.com/blog/posts/first/',
        '',
        'Intro with [the second](https://example.com/blog/posts/second/#setup), [about](https://example.com/about/), [a file](https://example.com/blog/posts/first/notes.txt "Notes /about/"),',
        '[far](https://other.example/x) and [here](https://example.com/blog/posts/first/#intro) and ![chart](https://example.com/blog/posts/first/chart.png) and [ref][r].',
        '',
        '```mermaid',
        'graph TD; A-->B',
        '```',
        '',
        '`[not a link](/x)` and <a href="https://example.com/raw/">raw</a>',
        '',
        '[r]: https://example.com/blog/posts/second/',
        '',
      ].join('\n'),
    );
    const titled = posts.find((p) => p.slug === 'second');
    if (!titled) throw new Error('no second post');
    // The body's own "# title" heading is not written twice.
    expect(await postMarkdown(titled, { site, dir })).toBe(
      // Without a description of its own, the post's excerpt stands in, as everywhere.
      '# Second (with brackets])\n\n> Text.\n\nPublished 2025-02-01 · https://example.com/blog/posts/second/\n\n## Setup\n\nText.\n',
    );
  });

  it('createLlmsFullTxt: the preamble, then every post in full, separated by rules', async () => {
    const { dir, posts } = await blog();
    const full = await createLlmsFullTxt(posts, site, { dir });
    expect(full).toMatch(
      /^# Example \[Blog\]\n\n> Notes on things\.\n\n# Second \(with brackets\]\)\n\n> Text\.\n\nPublished/,
    );
    expect(full).toContain('Text.\n\n---\n\n# First post\n');
    expect(full.endsWith('[r]: https://example.com/blog/posts/second/\n')).toBe(true);
  });

  it('leaves markdown without relative URLs, and escaped URLs, as written', () => {
    const base = 'https://example.com/posts/a/';
    expect(absoluteMarkdownLinks('[x](https://a.example/) `[y](/y)`', base)).toBe(
      '[x](https://a.example/) `[y](/y)`',
    );
    expect(absoluteMarkdownLinks('[x](/a\\_b)', base)).toBe('[x](/a\\_b)');
  });
});
