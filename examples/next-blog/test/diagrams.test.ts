// Mermaid fences drawn at build time: the figure a reader sees in each theme, its name for a screen
// reader, the source kept for copying, and no diagram code on pages without diagrams.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveSite } from './support/site.js';

const site = serveSite();
const diagramPost = '/posts/how-a-post-becomes-a-page/';

/** Relative luminance (0 dark … 1 light) of a computed CSS colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** What the first diagram shows: which drawing is visible, its size, and the colours of a label and the page. */
async function firstDiagram(page: Page) {
  return page.evaluate(() => {
    const figure = document.querySelector('.inkwell-diagram') as HTMLElement;
    const shown = [...figure.querySelectorAll<HTMLElement>('.inkwell-diagram__drawing')].filter(
      (drawing) => getComputedStyle(drawing).display !== 'none',
    );
    const svg = shown[0]?.querySelector('svg') as SVGSVGElement;
    const label = [...svg.querySelectorAll('text, tspan')].find(
      (node) => node.textContent?.trim() === 'Markdown file',
    );
    const box = svg.getBoundingClientRect();
    return {
      shown: shown.map((drawing) => drawing.dataset.scheme),
      width: box.width,
      height: box.height,
      text: label ? getComputedStyle(label).fill : null,
      background: getComputedStyle(figure).backgroundColor,
    };
  });
}

describe('diagrams', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`draws the post's diagrams as SVG, readable in ${theme}`, async () => {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${site.origin}${diagramPost}`);
      expect(await page.locator('.inkwell-diagram').count()).toBe(3);
      expect(await page.locator('pre.mermaid').count()).toBe(0);
      const drawn = await firstDiagram(page);
      expect(drawn.shown).toEqual([theme]);
      expect(drawn.width).toBeGreaterThan(200);
      expect(drawn.height).toBeGreaterThan(50);
      // Dark labels on a light figure in light, light labels on a dark figure in dark.
      const [text, background] = [luminance(drawn.text ?? ''), luminance(drawn.background)];
      expect(theme === 'light' ? background - text : text - background).toBeGreaterThan(0.5);
      // Named for assistive technology: the diagram's accTitle, else its kind.
      await expect
        .poll(() => page.getByRole('img', { name: 'From markdown file to static page' }).isVisible())
        .toBe(true);
      expect(await page.getByRole('img', { name: 'Sequence diagram' }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: 'Cold build time by step' }).isVisible()).toBe(true);
      await page.close();
    });
  }

  it('keeps each diagram source in a copyable code block', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}${diagramPost}`);
    const source = page.locator('.inkwell-diagram').first().locator('details');
    await source.locator('summary').click();
    const lines = await source.locator('[data-line]').allTextContents();
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  A[Markdown file] --> B{Frontmatter valid?}');
    expect(await source.getByRole('button', { name: 'Copy code' }).isVisible()).toBe(true);
    await page.close();
  });

  it('ships no diagram code: the drawn page loads no mermaid script', async () => {
    const page = await site.browser.context.newPage();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
    });
    await page.goto(`${site.origin}${diagramPost}`, { waitUntil: 'networkidle' });
    const scripts = await Promise.all(bodies);
    await page.close();
    expect(scripts.length).toBeGreaterThan(0);
    // mermaidAPI is in every mermaid build; the drawings are static SVG, so no script may carry it.
    expect(scripts.filter((body) => body.includes('mermaidAPI'))).toEqual([]);
    const plain = await site.browser.context.newPage();
    await plain.goto(`${site.origin}/posts/typed-frontmatter-with-zod/`);
    // The stylesheet (inlined in every page) names the diagram classes; the page holds no figure.
    expect(await plain.locator('.inkwell-diagram, [data-diagram]').count()).toBe(0);
    expect(await plain.locator('.inkwell-prose').count()).toBe(1);
    await plain.close();
  });
});
