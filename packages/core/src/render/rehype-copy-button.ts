import type { Element } from 'hast';
import { copyButtonContract as contract } from '../shared/copy-button-contract.js';
import type { ElementTransform } from './element-walk.js';

/**
 * Adds a copy button to every highlighted code block. The markup is inert (no inline JavaScript);
 * `useCopyButtons()` / `<CopyButtons />` from `@inkwell/react`, or any script that handles
 * `[data-inkwell-copy]` clicks, makes it work.
 */
export function copyButtonTransform(): ElementTransform {
  return {
    enter(node) {
      if (node.tagName !== 'figure' || !isCodeFigure(node)) return undefined;
      node.children.push(copyButton());
      return 'skip';
    },
  };
}

function copyButton(): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: [contract.buttonClass],
      [contract.buttonAttribute]: '',
      ariaLabel: contract.buttonLabel,
    },
    children: [{ type: 'text', value: contract.buttonText }],
  };
}

/** rehype-pretty-code marks its figures with a raw `data-rehype-pretty-code-figure` property key. */
export function isCodeFigure(node: Element): boolean {
  return (
    'data-rehype-pretty-code-figure' in node.properties || 'dataRehypePrettyCodeFigure' in node.properties
  );
}
