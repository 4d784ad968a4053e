/**
 * How far through `target` the reader is, from 0 to 1, matching the CSS `view()` timeline range
 * `contain 0% contain 100%` that the scroll-driven mode uses: for an element taller than the
 * viewport, 0 when its top reaches the top of the viewport and 1 when its bottom reaches the
 * bottom; for a shorter one, 0 once it is fully in view and 1 when it reaches the top.
 *
 * The whole page is the special case `readingProgress(-scrollY, scrollHeight, innerHeight)`.
 *
 * @param top distance from the viewport top to the target's top (`getBoundingClientRect().top`)
 * @example
 * ```ts
 * readingProgress(-500, 2000, 1000); // 0.5
 * ```
 */
export function readingProgress(top: number, height: number, viewport: number): number {
  const range = Math.abs(height - viewport);
  const start = Math.max(0, viewport - height);
  const value = range ? (start - top) / range : top > 0 ? 0 : 1;
  return Math.min(1, Math.max(0, value));
}
