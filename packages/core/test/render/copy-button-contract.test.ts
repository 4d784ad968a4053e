import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { copyButtonContract as contract } from '../../src/shared/copy-button-contract.js';

type Node = {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
};

function* elements(node: Node): Generator<Node> {
  if (node.type === 'tag') yield node;
  for (const child of node.children ?? []) yield* elements(child);
}

const text = (node: Node): string => node.data ?? (node.children ?? []).map(text).join('');

describe('the copy-button contract is the markup core writes', () => {
  it('marks every code block and its button as the contract says', async () => {
    const { html } = await renderMarkdown('```js\nconst a = 1;\n\nconst b = 2;\n```\n\n```\nplain\n```\n');
    const all = [...elements(parseDocument(html) as unknown as Node)];
    const buttons = all.filter((node) => node.attribs?.[contract.buttonAttribute] !== undefined);
    expect(buttons).toHaveLength(2);
    for (const button of buttons) {
      expect(button.name).toBe('button');
      expect(button.attribs?.class?.split(' ')).toContain(contract.buttonClass);
      expect(button.attribs?.['aria-label']).toBe(contract.buttonLabel);
      expect(text(button)).toBe(contract.buttonText);
      expect(button.attribs).not.toHaveProperty(contract.stateAttribute);
    }
    const blocks = all.filter(
      (node) => node.name === 'figure' && node.attribs?.[contract.blockAttribute] !== undefined,
    );
    expect(blocks).toHaveLength(2);
    const [first] = blocks;
    const lines = [...elements(first as Node)].filter((node) => node.attribs?.['data-line'] !== undefined);
    expect(lines.map(text)).toEqual(['const a = 1;', ' ', 'const b = 2;']);
    expect(contract.lineSelector).toBe('[data-line]');
    expect(contract.buttonSelector).toBe(`[${contract.buttonAttribute}]`);
    expect(contract.blockSelector).toBe(`figure[${contract.blockAttribute}]`);
  });
});
