import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import type { ElementTransform } from './element-walk.js';

/**
 * The checkbox of a GFM task-list item (`- [x] Ship it`) gets the item's text as its accessible
 * name. GFM emits a bare `<input type="checkbox" disabled>`, which screen readers announce as an
 * unlabelled checkbox and axe reports as a form field without a label. Labels are taken after the
 * walk, from the item's final text (heading anchors and copy buttons included).
 */
export function taskListLabelsTransform(): ElementTransform {
  const items: [Element, Element][] = [];
  return {
    enter(item) {
      if (item.tagName !== 'li') return undefined;
      const checkbox = item.children.find(
        (child): child is Element =>
          child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox',
      );
      if (checkbox) items.push([item, checkbox]);
      return undefined;
    },
    done() {
      for (const [item, checkbox] of items) {
        if (checkbox.properties.ariaLabel !== undefined) continue;
        const label = textOf(item).trim().replace(/\s+/g, ' ');
        if (label) checkbox.properties.ariaLabel = label.length > 120 ? `${label.slice(0, 119)}…` : label;
      }
    },
  };
}
