/**
 * The markup contract of code-block copy buttons, between the three packages: `@inkwell/core`
 * writes the button into every highlighted code block (`render/rehype-copy-button.ts`),
 * `@inkwell/search` leaves it out of the indexed text, and `@inkwell/react` (`useCopyButtons`) or
 * any script of yours makes it work. This module has no imports, so a browser bundle can take it
 * from `@inkwell/core/copy-button` without pulling in the build-time code.
 *
 * The markup, as core writes it:
 *
 * ```html
 * <figure data-rehype-pretty-code-figure="">
 *   <pre><code><span data-line="">…</span>…</code></pre>
 *   <button type="button" class="inkwell-copy" data-inkwell-copy="" aria-label="Copy code">Copy</button>
 * </figure>
 * ```
 *
 * @example
 * ```ts
 * import { copyButtonContract as copy } from '@inkwell/core/copy-button';
 *
 * document.addEventListener('click', (event) => {
 *   const button = (event.target as Element).closest(copy.buttonSelector);
 *   const block = button?.closest(copy.blockSelector);
 *   if (!block) return;
 *   const lines = Array.from(block.querySelectorAll(copy.lineSelector), (line) => line.textContent);
 *   void navigator.clipboard.writeText(lines.join('\n'));
 * });
 * ```
 */
export const copyButtonContract = {
  /** Attribute that marks a copy button; its value is empty. */
  buttonAttribute: 'data-inkwell-copy',
  /** Selector of every copy button. */
  buttonSelector: '[data-inkwell-copy]',
  /** Class of the button, the stylesheet's hook. */
  buttonClass: 'inkwell-copy',
  /** Text the button is written with, before any script relabels it. */
  buttonText: 'Copy',
  /** `aria-label` the button is written with. */
  buttonLabel: 'Copy code',
  /** Attribute of the element that holds one code block and its button (set by rehype-pretty-code). */
  blockAttribute: 'data-rehype-pretty-code-figure',
  /** Selector of that element: the button's closest match is its block. */
  blockSelector: 'figure[data-rehype-pretty-code-figure]',
  /** Selector of one line of code in a block; the block's text is its lines joined by `\n`. */
  lineSelector: '[data-line]',
  /**
   * Attribute a script sets on the button after a click: `copied` or `failed`, removed when the
   * feedback ends. Core never writes it.
   */
  stateAttribute: 'data-state',
} as const;
