/** What is being shared. */
export interface ShareData {
  url: string;
  title?: string;
  text?: string;
}

/** One place a post can be shared to from the fallback panel. */
export interface ShareTarget {
  id: 'linkedin' | 'x' | 'email';
  label: string;
  href: string;
}

/**
 * Share links for the fallback panel: LinkedIn, X and email. Pure, so it runs anywhere.
 *
 * @example
 * ```ts
 * shareTargets({ url: 'https://blog.example/posts/hello/', title: 'Hello' });
 * // [{ id: 'linkedin', label: 'LinkedIn', href: 'https://www.linkedin.com/sharing/share-offsite/?url=…' }, …]
 * ```
 */
export function shareTargets({ url, title, text }: ShareData): ShareTarget[] {
  const encodedUrl = encodeURIComponent(url);
  const headline = title ?? text ?? '';
  const x = new URLSearchParams({ url });
  if (headline) x.set('text', headline);
  const mail = new URLSearchParams();
  if (headline) mail.set('subject', headline);
  mail.set('body', text && text !== headline ? `${text}\n\n${url}` : url);
  return [
    {
      id: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
    },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?${x.toString()}` },
    // mailto wants %20 for spaces, not the + that URLSearchParams writes.
    { id: 'email', label: 'Email', href: `mailto:?${mail.toString().replace(/\+/g, '%20')}` },
  ];
}
