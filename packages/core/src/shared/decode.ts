/**
 * `decodeURIComponent` that never throws: a malformed escape (`%E6%97`, a lone `%`) gives the
 * value back as written. Route params and `#fragments` may arrive encoded or not.
 *
 * @example
 * ```ts
 * decodeUriComponentSafely('caf%C3%A9'); // 'café'
 * decodeUriComponentSafely('100%'); // '100%'
 * ```
 */
export function decodeUriComponentSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
