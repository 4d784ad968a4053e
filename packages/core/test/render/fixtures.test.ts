import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';

/**
 * Each `fixtures/<name>.md` renders to `fixtures/<name>.html` (pinned output; review the diff and
 * run `vitest -u` after an intended change). The targeted assertions below say what matters in each.
 */
const fixtures = join(import.meta.dirname, 'fixtures');
const names = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));

describe('rendering fixtures', () => {
  it.each(names)('%s', async (name) => {
    const markdown = readFileSync(join(fixtures, `${name}.md`), 'utf8');
    const { html } = await renderMarkdown(markdown, { file: `${name}.md` });
    await expect(html).toMatchFileSnapshot(join(fixtures, `${name}.html`));
  });
});
