// A user's build script: load posts and write what the pages need.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createFeed, loadPosts } from '@inkwell/core';
import { buildSearchIndex } from '@inkwell/search';

const posts = await loadPosts({ dir: 'content/posts' });
mkdirSync('generated', { recursive: true });
mkdirSync('public', { recursive: true });
writeFileSync('generated/posts.json', JSON.stringify(posts));
writeFileSync('public/search-index.json', buildSearchIndex(posts));
writeFileSync(
  'public/rss.xml',
  createFeed(posts, { format: 'rss', site: { url: 'https://example.test', title: 'Consumer' } }),
);
console.log(`wrote ${posts.length} posts`);
