const scheme = /^[a-z][a-z\d+.-]*:/i;

/**
 * Whether `url` starts with a scheme (`https:`, `mailto:`, `data:`): absolute, whatever page it is
 * read on.
 *
 * @example
 * ```ts
 * hasScheme('https://example.com/'); // true
 * hasScheme('/posts/a/'); // false
 * ```
 */
export function hasScheme(url: string): boolean {
  return scheme.test(url);
}

/**
 * Whether `url` names its own origin: a scheme, or protocol-relative (`//cdn.example.com/a.png`).
 * Such a URL never points at a file or page of the site being built.
 *
 * @example
 * ```ts
 * hasOrigin('//cdn.example.com/a.png'); // true
 * hasOrigin('../b/'); // false
 * ```
 */
export function hasOrigin(url: string): boolean {
  return url.startsWith('//') || scheme.test(url);
}
