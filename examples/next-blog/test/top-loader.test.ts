// The top loader across a client-side navigation (Next's router, no reload) and back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveSite } from './support/site.js';

const site = serveSite();

/** Records every data-state the loader takes, from the first paint on. */
async function recordLoader(page: Page) {
  await page.addInitScript(() => {
    const states: string[] = [];
    (window as unknown as { loaderStates: string[] }).loaderStates = states;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLElement>('.inkwell-top-loader');
      const state = bar?.dataset.state;
      if (state && states.at(-1) !== state) states.push(state);
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  });
}

const states = (page: Page) =>
  page.evaluate(() => (window as unknown as { loaderStates: string[] }).loaderStates.join(' '));

describe('top loader', () => {
  it('runs during a client-side navigation and back, then hides', async () => {
    const page = await site.browser.context.newPage();
    await recordLoader(page);
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
    const bar = page.locator('.inkwell-top-loader');
    expect(await bar.getAttribute('aria-hidden')).toBe('true');
    expect(await bar.evaluate((node) => getComputedStyle(node).height)).toBe('3px');
    // A marker that a full reload would wipe: the navigation must stay on the client.
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    await page.getByRole('link', { name: 'How a post becomes a page' }).first().click();
    await page.waitForURL(/\/posts\/how-a-post-becomes-a-page\/$/);
    await expect.poll(() => states(page)).toMatch(/loading done( idle)?$/);
    await expect.poll(() => bar.getAttribute('data-state')).toBe('idle');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);

    await page.evaluate(() => {
      (window as unknown as { loaderStates: string[] }).loaderStates.length = 0;
    });
    await page.goBack();
    await page.waitForURL(`${site.origin}/`);
    // Next renders a back navigation synchronously in its popstate listener (React 19): then nothing is
    // left to load and the bar stays idle; otherwise it runs. Either way it never stays loading.
    await expect.poll(() => states(page)).toMatch(/^(idle|(idle )?loading done( idle)?)$/);
    await expect.poll(() => bar.getAttribute('data-state')).toBe('idle');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    await page.close();
  });

  it('stays idle for a link to another site and for a #hash on the same page', async () => {
    const page = await site.browser.context.newPage();
    await recordLoader(page);
    await page.goto(`${site.origin}/posts/how-a-post-becomes-a-page/`, { waitUntil: 'networkidle' });
    await page.locator('.toc a[href^="#"], nav a[href^="#"]').first().click();
    await page.waitForTimeout(300);
    expect(await states(page)).toBe('idle');
    await page.close();
  });
});
