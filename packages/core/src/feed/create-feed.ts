import type { Post } from '../post.js';
import { writeAtom } from './atom.js';
import { type CreateFeedOptions, type FeedData, type FeedFormat, feedData } from './feed-data.js';
import { writeJsonFeed } from './json-feed.js';
import { writeRss } from './rss.js';

const WRITERS: Record<FeedFormat, (data: FeedData) => string> = {
  rss: writeRss,
  atom: writeAtom,
  json: writeJsonFeed,
};

/**
 * Writes a feed of the newest posts as RSS 2.0, Atom 1.0 or JSON Feed 1.1.
 *
 * - Posts are ordered newest first (date, then slug) whatever the input order; `limit` (default
 *   20) keeps the newest. Posts are taken as given: `loadPosts` already leaves drafts out in
 *   production.
 * - Every URL is absolute: links, the narration enclosure, the cover image, and each relative
 *   `src`/`href`/`srcset` inside the post HTML (resolved against the post URL).
 * - The feed's `lastBuildDate`/`updated` is the latest `updated || date` of its posts — never the
 *   clock — so the same posts always give byte-identical output.
 * - Text is escaped for its place (CDATA for HTML), and characters XML forbids (`\u0000`,
 *   `\u001b`, lone surrogates, …) are removed from every format.
 * - `audio` becomes an RSS `<enclosure>`, an Atom `rel="enclosure"` link and a JSON Feed
 *   attachment, with its MIME type; tags become categories (JSON Feed `tags`).
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { createFeed, loadPosts } from '@inkwell/core';
 *
 * const posts = await loadPosts();
 * const site = { url: 'https://example.com', title: 'Example Blog', language: 'en' };
 * await writeFile('public/rss.xml', createFeed(posts, { format: 'rss', site }));
 * await writeFile('public/atom.xml', createFeed(posts, { format: 'atom', site }));
 * await writeFile('public/feed.json', createFeed(posts, { format: 'json', site, content: 'excerpt' }));
 * ```
 */
export function createFeed(posts: readonly Post[], options: CreateFeedOptions): string {
  const write = WRITERS[options.format];
  if (!write) {
    throw new TypeError(
      `createFeed: format must be "rss", "atom" or "json", got ${JSON.stringify(options.format)}`,
    );
  }
  return write(feedData(posts, options));
}
