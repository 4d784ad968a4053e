// The hub, sharing, code copy buttons and tag chips as a reader meets them, in real Chromium over the
// static export: a desktop with a mouse, and a phone (touch, coarse pointer).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveSite } from './support/site.js';

const POST = '/posts/streams-in-practice-part-1/';

/** A fake system share sheet: records what it was asked to share. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData[] }).shared.push(data);
        return Promise.resolve();
      },
    });
    (window as unknown as { shared: ShareData[] }).shared = [];
  });
}
const shared = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
const hubButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
const opacity = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => Number(getComputedStyle(element).opacity));

describe('on a desktop', () => {
  const site = serveSite();

  it('the closed hub lets a click through above its button, and unfolds only from the button', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}${POST}`);
    const box = await hubButton(page).boundingBox();
    if (!box) throw new Error('no hub button');
    // Where the hidden entries sit: 40–220 px above the button's centre.
    for (const above of [40, 120, 220]) {
      const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 - above };
      const hit = await page.evaluate(
        ({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.inkwell-nav'),
        point,
      );
      expect(hit, `${above}px above the button`).toBe(false);
      await page.mouse.move(point.x, point.y);
    }
    // A click there reaches the page, not the hub.
    const target = await page.evaluate(
      ({ x, y }) => {
        const element = document.elementFromPoint(x, y);
        return new Promise<string>((resolve) => {
          document.addEventListener('click', (event) => resolve((event.target as Element).tagName), {
            once: true,
          });
          (element as HTMLElement).click();
        });
      },
      { x: box.x + box.width / 2, y: box.y - 100 },
    );
    expect(target).not.toBe('NAV');
    await page.waitForTimeout(400);
    expect(await hubButton(page).getAttribute('aria-expanded')).toBe('false');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => hubButton(page).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('share opens the panel first (LinkedIn, X, Email, Copy link), with the system sheet as one more entry', async () => {
    const page = await site.browser.context.newPage();
    await stubShareSheet(page);
    await page.goto(`${site.origin}${POST}`);
    await hubButton(page).click();
    await page
      .getByRole('navigation', { name: 'Quick navigation' })
      .getByRole('button', { name: 'Share' })
      .click();
    const panel = page.locator('.inkwell-share__panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.inkwell-share__target').allTextContents()).toEqual([
      'LinkedIn',
      'X',
      'Email',
      'Copy link',
      'More options…',
    ]);
    expect(await shared(page)).toEqual([]);
    await panel.getByRole('button', { name: 'More options…' }).click();
    expect((await shared(page))[0]?.url).toContain(POST);
    await page.close();
  });

  it('shows the copy icon on hover of a code block and on keyboard focus, then a check mark', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}${POST}`);
    const figure = page.locator('figure[data-rehype-pretty-code-figure]').first();
    const button = figure.getByRole('button', { name: 'Copy code' });
    await page.mouse.move(0, 0);
    await expect.poll(() => button.evaluate((element) => Number(getComputedStyle(element).opacity))).toBe(0);
    await figure.hover();
    await expect.poll(() => button.evaluate((element) => Number(getComputedStyle(element).opacity))).toBe(1);
    await page.mouse.move(0, 0);
    await expect.poll(() => button.evaluate((element) => Number(getComputedStyle(element).opacity))).toBe(0);
    // Keyboard: Tab until the copy button has focus.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await button.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => button.evaluate((element) => Number(getComputedStyle(element).opacity))).toBe(1);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.keyboard.press('Enter');
    const copied = figure.locator('.inkwell-copy[data-state="copied"]');
    await expect.poll(() => copied.getAttribute('aria-label')).toBe('Copied');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count())
      .toBeGreaterThan(0);
    // The check mark shows for 2 s, then the clipboard is back.
    await expect
      .poll(() => figure.locator('.inkwell-copy').getAttribute('aria-label'), { timeout: 4000 })
      .toBe('Copy code');
    await page.close();
  });

  it('a tag chip opens the search sheet filtered on its tag', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}${POST}`);
    await page.locator('.post__header, article').getByRole('link', { name: '#streams' }).first().click();
    const sheet = page.getByRole('dialog', { name: 'Search posts' });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(page.url()).toContain(POST);
    await expect
      .poll(() => sheet.locator('.inkwell-search__chip[aria-pressed="true"]').allTextContents())
      .toEqual(['streams']);
    const options = sheet.getByRole('option');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    for (const text of await options.allTextContents()) expect(text.toLowerCase()).toContain('streams');
    expect(await sheet.getByRole('combobox').inputValue()).toBe('');
    await page.close();
  });
});

describe('on a phone', () => {
  const site = serveSite({ mobile: true });

  it('share opens the system share sheet straight away', async () => {
    const page = await site.browser.context.newPage();
    await stubShareSheet(page);
    await page.goto(`${site.origin}${POST}`);
    await hubButton(page).tap();
    await page
      .getByRole('navigation', { name: 'Quick navigation' })
      .getByRole('button', { name: 'Share' })
      .tap();
    await expect.poll(async () => (await shared(page)).length).toBe(1);
    expect((await shared(page))[0]?.url).toContain(POST);
    expect(await page.locator('.inkwell-share__panel').count()).toBe(0);
    await page.close();
  });

  it('shows the copy icon without hovering', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}${POST}`);
    await expect.poll(() => opacity(page, 'figure[data-rehype-pretty-code-figure] .inkwell-copy')).toBe(1);
    await page.close();
  });
});
