import type { FeedData, FeedEntry } from './feed-data.js';

function item(entry: FeedEntry) {
  const full = entry.contentHtml !== undefined;
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    ...(full ? { content_html: entry.contentHtml } : { content_text: entry.summary ?? entry.title }),
    ...(full && entry.summary !== undefined ? { summary: entry.summary } : {}),
    ...(entry.image ? { image: entry.image.url } : {}),
    date_published: entry.published.toISOString(),
    date_modified: entry.updated.toISOString(),
    ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
    ...(entry.audio
      ? {
          attachments: [
            {
              url: entry.audio.url,
              mime_type: entry.audio.mimeType,
              ...(entry.audio.title !== undefined ? { title: entry.audio.title } : {}),
              ...(entry.audio.length !== undefined ? { size_in_bytes: entry.audio.length } : {}),
              ...(entry.audio.durationSeconds !== undefined
                ? { duration_in_seconds: entry.audio.durationSeconds }
                : {}),
            },
          ],
        }
      : {}),
  };
}

/** Writes JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), two-space indented. */
export function writeJsonFeed(data: FeedData): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: data.title,
    home_page_url: data.homeUrl,
    feed_url: data.feedUrl,
    ...(data.description !== undefined ? { description: data.description } : {}),
    ...(data.language !== undefined ? { language: data.language } : {}),
    ...(data.author
      ? { authors: [{ name: data.author.name, ...(data.author.url ? { url: data.author.url } : {}) }] }
      : {}),
    items: data.entries.map(item),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
