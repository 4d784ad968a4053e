import type { Post } from '../post.js';
import { audioMimeType } from '../shared/audio-mime-type.js';
import { cleanText } from '../shared/clean-text.js';
import { modifiedDate, publishedDate } from '../shared/post-dates.js';
import { postUrl, resolveFromPost, type Site, siteBase, sitePageUrl } from '../shared/site.js';
import { tagSlug } from '../shared/slug.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { getTags } from '../taxonomy/tags.js';
import { absolutizeHtml } from './absolute-urls.js';

/** The feed formats `createFeed` writes. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/**
 * Options of `createFeed`.
 */
export interface CreateFeedOptions {
  /** `rss` (RSS 2.0), `atom` (Atom 1.0) or `json` (JSON Feed 1.1). */
  format: FeedFormat;
  site: Site;
  /**
   * `full` (default) puts each post's whole HTML in the feed; `excerpt` only its description
   * (or excerpt), so readers click through.
   */
  content?: 'full' | 'excerpt';
  /** Newest posts to include; default 20. `Infinity` includes every post. */
  limit?: number;
  /**
   * Where this feed is published (absolute, or a path on the site), for its `self` link.
   * Default: `/rss.xml`, `/atom.xml` or `/feed.json` by format.
   */
  feedUrl?: string;
  /** Feed title, e.g. for a per-tag feed. Default: `site.title`. */
  title?: string;
  /** Feed description. Default: `site.description`. */
  description?: string;
  /**
   * Size in bytes of a post's narration file, for the enclosure `length`. RSS requires one;
   * when this is not given (or returns `undefined`) RSS gets `length="0"`, as the RSS Advisory
   * Board recommends for unknown sizes, and Atom/JSON Feed leave it out.
   *
   * @example
   * ```ts
   * audioLength: (post) => statSync(join('public', post.audio!.src)).size
   * ```
   */
  audioLength?: (post: Post) => number | undefined;
}

/** A narration file attached to an entry. */
export interface FeedAttachment {
  url: string;
  mimeType: string;
  length?: number;
  title?: string;
  durationSeconds?: number;
}

/** One post, ready to write in any format: absolute URLs, clean text, parsed dates. */
export interface FeedEntry {
  url: string;
  title: string;
  /** Plain text: the post's description, else its excerpt. */
  summary?: string;
  /** Full HTML with absolute URLs (only with `content: 'full'`). */
  contentHtml?: string;
  published: Date;
  updated: Date;
  /** Tag names, each spelled as `getTags` displays it (`node.js` → `Node.js`), once. */
  tags: string[];
  image?: { url: string; alt?: string };
  audio?: FeedAttachment;
}

/** Everything a format writer needs, computed once from posts and options. */
export interface FeedData {
  title: string;
  description?: string;
  language?: string;
  /** Home page, absolute, ending in `/`. */
  homeUrl: string;
  feedUrl: string;
  /** The latest `updated || date` of the entries, so the feed changes only when its posts do. */
  updated: Date;
  author?: { name: string; email?: string; url?: string };
  entries: FeedEntry[];
}

const DEFAULT_FEED_PATHS: Record<FeedFormat, string> = {
  rss: '/rss.xml',
  atom: '/atom.xml',
  json: '/feed.json',
};

/** Atom and RSS need some date even with no posts; the epoch keeps empty feeds reproducible. */
const EMPTY_FEED_DATE = new Date(0);

/**
 * Feed HTML per post and post URL. A build writes RSS, Atom and JSON Feed from the same posts:
 * the HTML is cleaned and made absolute once, not three times. Weak, so posts can be collected.
 */
const htmlCache = new WeakMap<Post, Map<string, { source: string; html: string }>>();

function feedHtml(post: Post, url: string): string {
  let byUrl = htmlCache.get(post);
  if (!byUrl) {
    byUrl = new Map();
    htmlCache.set(post, byUrl);
  }
  const cached = byUrl.get(url);
  // Compared with the source too, in case a caller edits a post object between calls.
  if (cached && cached.source === post.html) return cached.html;
  const html = absolutizeHtml(cleanText(post.html) ?? '', url);
  byUrl.set(url, { source: post.html, html });
  return html;
}

/** A post's tags under their site-wide display names, so one tag reads the same on every entry. */
function entryTags(tags: string[], displayNames: Map<string, string>): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const tag of tags) {
    const written = cleanText(tag);
    if (!written) continue;
    const slug = tagSlug(written);
    if (seen.has(slug)) continue;
    seen.add(slug);
    unique.push(cleanText(displayNames.get(slug)) ?? written);
  }
  return unique;
}

function validLimit(limit: number | undefined): number {
  if (limit === undefined) return 20;
  if (limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0)) return limit;
  throw new RangeError(`createFeed: limit must be a whole number ≥ 0 or Infinity, got ${limit}`);
}

function toEntry(post: Post, options: CreateFeedOptions, displayNames: Map<string, string>): FeedEntry {
  const url = postUrl(post, options.site);
  const where = post.file || post.slug;
  const entry: FeedEntry = {
    url,
    title: cleanText(post.title) ?? cleanText(post.slug) ?? url,
    published: publishedDate(post),
    updated: modifiedDate(post),
    tags: entryTags(post.tags, displayNames),
  };
  const summary = cleanText(post.description) ?? cleanText(post.excerpt);
  if (summary) entry.summary = summary;
  if (options.content !== 'excerpt') entry.contentHtml = feedHtml(post, url);
  if (post.coverImage) {
    const alt = cleanText(post.coverImageAlt);
    const image = resolveFromPost(post.coverImage, url, { post, field: 'coverImage' });
    entry.image = { url: image, ...(alt ? { alt } : {}) };
  }
  if (post.audio) {
    const length = options.audioLength?.(post);
    const title = cleanText(post.audio.title);
    entry.audio = {
      url: resolveFromPost(post.audio.src, url, { post, field: 'audio.src' }),
      mimeType: audioMimeType(post.audio, where),
      ...(length !== undefined && Number.isFinite(length) && length >= 0
        ? { length: Math.round(length) }
        : {}),
      ...(title ? { title } : {}),
      ...(post.audio.duration !== undefined ? { durationSeconds: post.audio.duration } : {}),
    };
  }
  return entry;
}

/** Sorts, limits and normalizes posts for a feed. */
export function feedData(posts: readonly Post[], options: CreateFeedOptions): FeedData {
  const { site } = options;
  const homeUrl = siteBase(site).href;
  const limit = validLimit(options.limit);
  const displayNames = new Map(getTags(posts).map((tag) => [tag.slug, tag.name]));
  const entries = [...posts]
    .sort(compareNewestFirst)
    .slice(0, limit)
    .map((post) => toEntry(post, options, displayNames));
  const updated = entries.reduce<Date | undefined>(
    (latest, entry) => (latest && latest >= entry.updated ? latest : entry.updated),
    undefined,
  );
  const data: FeedData = {
    title: cleanText(options.title) ?? cleanText(site.title) ?? homeUrl,
    homeUrl,
    feedUrl: sitePageUrl(site, options.feedUrl ?? DEFAULT_FEED_PATHS[options.format]),
    updated: updated ?? EMPTY_FEED_DATE,
    entries,
  };
  const description = cleanText(options.description) ?? cleanText(site.description);
  if (description) data.description = description;
  const language = cleanText(site.language);
  if (language) data.language = language;
  const authorName = cleanText(site.author?.name);
  if (site.author && authorName) {
    const email = cleanText(site.author.email);
    data.author = {
      name: authorName,
      ...(email ? { email } : {}),
      ...(site.author.url ? { url: sitePageUrl(site, site.author.url) } : {}),
    };
  }
  return data;
}
