import { cdataElement, element, textElement, xmlDocument } from '../shared/xml.js';
import type { FeedData, FeedEntry } from './feed-data.js';

function entryElement(entry: FeedEntry) {
  return element(
    'entry',
    undefined,
    textElement('id', entry.url),
    textElement('title', entry.title, { type: 'text' }),
    element('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
    entry.audio &&
      element('link', {
        rel: 'enclosure',
        type: entry.audio.mimeType,
        length: entry.audio.length,
        title: entry.audio.title,
        href: entry.audio.url,
      }),
    textElement('published', entry.published.toISOString()),
    textElement('updated', entry.updated.toISOString()),
    textElement('summary', entry.summary, { type: 'text' }),
    cdataElement('content', entry.contentHtml, { type: 'html' }),
    entry.tags.map((tag) => element('category', { term: tag })),
    entry.image && element('media:thumbnail', { url: entry.image.url }),
  );
}

/**
 * Writes Atom 1.0 (RFC 4287). Titles and summaries are `type="text"`, so a title such as
 * "Why <script> blocks" is shown as written, never parsed as markup.
 */
export function writeAtom(data: FeedData): string {
  const withImages = data.entries.some((entry) => entry.image);
  // RFC 4287 §4.1.1: a feed without per-entry authors must have a feed-level <author>.
  const author = data.author ?? { name: data.title };
  return xmlDocument(
    element(
      'feed',
      {
        xmlns: 'http://www.w3.org/2005/Atom',
        'xmlns:media': withImages ? 'http://search.yahoo.com/mrss/' : undefined,
        'xml:lang': data.language,
      },
      textElement('id', data.homeUrl),
      textElement('title', data.title, { type: 'text' }),
      textElement('subtitle', data.description, { type: 'text' }),
      textElement('updated', data.updated.toISOString()),
      element('link', { rel: 'alternate', type: 'text/html', href: data.homeUrl }),
      element('link', { rel: 'self', type: 'application/atom+xml', href: data.feedUrl }),
      element(
        'author',
        undefined,
        textElement('name', author.name),
        'email' in author && textElement('email', author.email),
        'url' in author && textElement('uri', author.url),
      ),
      data.entries.map(entryElement),
    ),
  );
}
