import type { Post } from '../post.js';
import { escapeHtml } from '../shared/escape.js';
import type { Site } from '../shared/site.js';
import { type MetadataImage, type PostMetadata, postMetadata } from './post-metadata.js';

/**
 * One element for `<head>`, framework-neutral: render it with
 * `createElement(tag.tag, tag.attributes, tag.text)`, or as HTML with {@link headTagsToHtml}.
 */
export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attributes: Record<string, string>;
  /** Text content (only for `title`). */
  text?: string;
}

const meta = (key: 'name' | 'property', id: string, content: string | undefined): HeadTag[] =>
  content === undefined ? [] : [{ tag: 'meta', attributes: { [key]: id, content } }];

/** One `<meta>` per defined value, in the order given. */
const metaTags = (key: 'name' | 'property', values: Record<string, string | undefined>): HeadTag[] =>
  Object.entries(values).flatMap(([id, content]) => meta(key, id, content));

const imageTags = (key: 'name' | 'property', id: string, images: MetadataImage[] = []): HeadTag[] =>
  images.flatMap((image) => metaTags(key, { [id]: image.url, [`${id}:alt`]: image.alt }));

/**
 * Turns {@link PostMetadata} into `<title>`, `<meta>` and `<link rel="canonical">` tags, the
 * way Next.js renders the same object: `og:*` and `article:*` use `property`, the rest `name`.
 *
 * @example
 * ```ts
 * metadataToHeadTags(postMetadata(post, site));
 * // [{ tag: 'title', attributes: {}, text: 'Hello' },
 * //  { tag: 'meta', attributes: { name: 'description', content: '…' } }, …]
 * ```
 */
export function metadataToHeadTags(metadata: PostMetadata): HeadTag[] {
  const { openGraph: og, twitter } = metadata;
  return [
    { tag: 'title', attributes: {}, text: metadata.title },
    ...meta('name', 'description', metadata.description),
    ...(metadata.authors ?? []).flatMap((author) => meta('name', 'author', author.name)),
    ...meta('name', 'keywords', metadata.keywords?.join(', ')),
    { tag: 'link', attributes: { rel: 'canonical', href: metadata.alternates.canonical } },
    ...metaTags('property', {
      'og:type': og.type,
      'og:url': og.url,
      'og:title': og.title,
      'og:description': og.description,
      'og:site_name': og.siteName,
      'og:locale': og.locale,
    }),
    ...imageTags('property', 'og:image', og.images),
    ...(og.audio ?? []).flatMap((audio) =>
      metaTags('property', { 'og:audio': audio.url, 'og:audio:type': audio.type }),
    ),
    ...metaTags('property', {
      'article:published_time': og.publishedTime,
      'article:modified_time': og.modifiedTime,
    }),
    ...(og.authors ?? []).flatMap((author) => meta('property', 'article:author', author)),
    ...(og.tags ?? []).flatMap((tag) => meta('property', 'article:tag', tag)),
    ...metaTags('name', {
      'twitter:card': twitter.card,
      'twitter:site': twitter.site,
      'twitter:creator': twitter.creator,
      'twitter:title': twitter.title,
      'twitter:description': twitter.description,
    }),
    ...imageTags('name', 'twitter:image', twitter.images),
  ];
}

/**
 * `<head>` tags for a post on a site without Next.js: the same data as {@link postMetadata}.
 *
 * @example
 * ```ts
 * import { headTagsToHtml, postMetaTags } from '@inkwell/core';
 *
 * const head = headTagsToHtml(postMetaTags(post, site));
 * const page = `<!doctype html><html><head>${head}</head><body>${post.html}</body></html>`;
 * ```
 */
export function postMetaTags(post: Post, site: Site): HeadTag[] {
  return metadataToHeadTags(postMetadata(post, site));
}

/**
 * Serializes head tags as HTML, one per line, attributes and text escaped.
 *
 * @example
 * ```ts
 * headTagsToHtml([{ tag: 'meta', attributes: { property: 'og:title', content: 'A & B' } }]);
 * // '<meta property="og:title" content="A &amp; B">'
 * ```
 */
export function headTagsToHtml(tags: readonly HeadTag[]): string {
  return tags
    .map(({ tag, attributes, text }) => {
      const attrs = Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('');
      return tag === 'title' ? `<title${attrs}>${escapeHtml(text ?? '')}</title>` : `<${tag}${attrs}>`;
    })
    .join('\n');
}
