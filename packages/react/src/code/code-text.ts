import { copyButtonContract as contract } from '@inkwell/core/copy-button';

/**
 * The text of a code block as written: one line per `[data-line]` (the contract's `lineSelector`),
 * without the padding of empty lines; a plain `<pre>` gives its text.
 */
export function codeText(block: Element): string {
  const code = block.querySelector('pre code') ?? block.querySelector('pre') ?? block;
  const lines = code.querySelectorAll(contract.lineSelector);
  if (lines.length === 0) return code.textContent ?? '';
  // rehype-pretty-code pads empty lines with one space so they keep their height.
  return Array.from(lines, (line) => (line.textContent === ' ' ? '' : (line.textContent ?? ''))).join('\n');
}
