import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * rehype plugin: the checkbox of a GFM task-list item (`- [x] Ship it`) gets the item's text as its
 * accessible name. GFM emits a bare `<input type="checkbox" disabled>`, which screen readers announce
 * as an unlabelled checkbox and axe reports as a form field without a label.
 */
export function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visit(tree, 'element', (item: Element) => {
      if (item.tagName !== 'li') return;
      const checkbox = item.children.find(
        (child): child is Element =>
          child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox',
      );
      if (!checkbox || checkbox.properties.ariaLabel !== undefined) return;
      const label = textOf(item).trim().replace(/\s+/g, ' ');
      if (label) checkbox.properties.ariaLabel = label.length > 120 ? `${label.slice(0, 119)}…` : label;
    });
  };
}
