import type { Post } from '../post.js';
import { audioMimeType } from '../shared/audio-mime-type.js';
import { cleanText } from '../shared/clean-text.js';
import { modifiedDate, publishedDate } from '../shared/post-dates.js';
import { postUrl, resolveFromPost, type Site, sitePageUrl } from '../shared/site.js';

/** An image for Open Graph / Twitter, with its alt text. */
export interface MetadataImage {
  url: string;
  alt: string;
}

/**
 * Page metadata of a post. A plain object whose shape is a subset of Next.js `Metadata`, so it
 * can be returned from `generateMetadata` as is; {@link postMetaTags} turns the same data into
 * `<meta>` tags for any other site. Every URL is absolute (no `metadataBase` needed).
 */
export interface PostMetadata {
  title: string;
  description?: string;
  alternates: { canonical: string };
  authors?: { name: string; url?: string }[];
  keywords?: string[];
  openGraph: {
    type: 'article';
    url: string;
    title: string;
    description?: string;
    siteName: string;
    locale?: string;
    images?: MetadataImage[];
    audio?: { url: string; type: string }[];
    publishedTime: string;
    modifiedTime: string;
    authors?: string[];
    tags?: string[];
  };
  twitter: {
    card: 'summary_large_image' | 'summary';
    title: string;
    description?: string;
    images?: MetadataImage[];
    site?: string;
    creator?: string;
  };
}

/** Metadata values are one line each. */
const clean = (value: string | undefined): string | undefined => cleanText(value, { singleLine: true });

/** `en-US` → `en_US`, the form Open Graph expects. */
function ogLocale(language: string | undefined): string | undefined {
  return language ? language.trim().replace(/-/g, '_') : undefined;
}

/** The post's cover image, else the site's default image, with alt text either way. */
function socialImage(post: Post, site: Site, url: string, title: string): MetadataImage | undefined {
  if (post.coverImage) {
    const image = resolveFromPost(post.coverImage, url, { post, field: 'coverImage' });
    return { url: image, alt: clean(post.coverImageAlt) ?? title };
  }
  if (site.image) return { url: sitePageUrl(site, site.image), alt: clean(site.imageAlt) ?? site.title };
  return undefined;
}

/**
 * Everything a post page needs in `<head>` so that search engines and link previews (LinkedIn,
 * Slack, X, Mastodon, iMessage — which read only these tags) show it right: title, description
 * (the post's, else its excerpt), canonical URL, author, Open Graph `article` fields with
 * published/modified times and tags, the cover image with alt text (else `site.image`), the
 * narration as `og:audio`, and a Twitter card (`summary_large_image` when there is an image).
 *
 * The result plugs straight into Next.js:
 *
 * @example
 * ```ts
 * // app/posts/[slug]/page.tsx
 * import { loadPosts, postMetadata } from '@inkwell/core';
 * import { site } from '../../../site';
 *
 * export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
 *   const { slug } = await params;
 *   const post = (await loadPosts()).find((p) => p.slug === slug);
 *   return post ? postMetadata(post, site) : {};
 * }
 * ```
 */
export function postMetadata(post: Post, site: Site): PostMetadata {
  const url = postUrl(post, site);
  const title = clean(post.title) ?? post.slug;
  const description = clean(post.description) ?? clean(post.excerpt);
  const image = socialImage(post, site, url, title);
  const tags = post.tags.map(clean).filter((tag): tag is string => tag !== undefined);
  const author = site.author && clean(site.author.name);
  const authorUrl = site.author?.url ? sitePageUrl(site, site.author.url) : undefined;
  const locale = ogLocale(site.language);
  const published = publishedDate(post).toISOString();
  const modified = modifiedDate(post).toISOString();

  return {
    title,
    ...(description ? { description } : {}),
    alternates: { canonical: url },
    ...(author ? { authors: [{ name: author, ...(authorUrl ? { url: authorUrl } : {}) }] } : {}),
    ...(tags.length > 0 ? { keywords: tags } : {}),
    openGraph: {
      type: 'article',
      url,
      title,
      ...(description ? { description } : {}),
      siteName: clean(site.title) ?? new URL(url).host,
      ...(locale ? { locale } : {}),
      ...(image ? { images: [image] } : {}),
      ...(post.audio
        ? {
            audio: [
              {
                url: resolveFromPost(post.audio.src, url, { post, field: 'audio.src' }),
                type: audioMimeType(post.audio, post.file || post.slug),
              },
            ],
          }
        : {}),
      publishedTime: published,
      modifiedTime: modified,
      ...(author ? { authors: [authorUrl ?? author] } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      ...(description ? { description } : {}),
      ...(image ? { images: [image] } : {}),
      ...(clean(site.twitter) ? { site: clean(site.twitter) } : {}),
      ...(clean(site.author?.twitter) ? { creator: clean(site.author?.twitter) } : {}),
    },
  };
}
