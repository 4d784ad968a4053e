import { escapeXmlText } from '../shared/escape.js';
import { cdataElement, element, textElement, xmlDocument } from '../shared/xml.js';
import type { FeedData, FeedEntry } from './feed-data.js';

/** RSS `<description>` is read as HTML: plain text is HTML-escaped here, then XML-escaped by the writer. */
const plainTextAsHtml = escapeXmlText;

function item(entry: FeedEntry, data: FeedData) {
  return element(
    'item',
    undefined,
    textElement('title', entry.title),
    textElement('link', entry.url),
    textElement('guid', entry.url, { isPermaLink: 'true' }),
    textElement('pubDate', entry.published.toUTCString()),
    entry.summary !== undefined && textElement('description', plainTextAsHtml(entry.summary)),
    cdataElement('content:encoded', entry.contentHtml),
    data.author && textElement('dc:creator', data.author.name),
    entry.tags.map((tag) => element('category', undefined, { text: tag })),
    entry.audio &&
      element('enclosure', {
        url: entry.audio.url,
        length: entry.audio.length ?? 0,
        type: entry.audio.mimeType,
      }),
    // Apple's podcast spec recommends whole seconds over a clock.
    entry.audio?.durationSeconds !== undefined &&
      textElement('itunes:duration', String(Math.round(entry.audio.durationSeconds))),
    entry.image && element('media:thumbnail', { url: entry.image.url }),
  );
}

/**
 * Writes RSS 2.0 (https://www.rssboard.org/rss-specification) with the `content`, `dc`, `atom`
 * (self link), `media` (cover image) and `itunes` (narration duration) extensions.
 */
export function writeRss(data: FeedData): string {
  const withImages = data.entries.some((entry) => entry.image);
  const withDurations = data.entries.some((entry) => entry.audio?.durationSeconds !== undefined);
  const editor = data.author?.email ? `${data.author.email} (${data.author.name})` : undefined;
  return xmlDocument(
    element(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:media': withImages ? 'http://search.yahoo.com/mrss/' : undefined,
        'xmlns:itunes': withDurations ? 'http://www.itunes.com/dtds/podcast-1.0.dtd' : undefined,
      },
      element(
        'channel',
        undefined,
        textElement('title', data.title),
        textElement('link', data.homeUrl),
        // <description> is required; the title is the best fallback we have.
        textElement('description', plainTextAsHtml(data.description ?? data.title)),
        textElement('language', data.language),
        textElement('managingEditor', editor),
        textElement('lastBuildDate', data.updated.toUTCString()),
        element('atom:link', { href: data.feedUrl, rel: 'self', type: 'application/rss+xml' }),
        data.entries.map((entry) => item(entry, data)),
      ),
    ),
  );
}
