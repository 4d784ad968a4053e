// What a reader does on the blog, in real Chromium, on a phone-sized and a desktop viewport.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveSite } from './support/site.js';

function audioState(page: Page) {
  return page.evaluate(() => {
    const audio = document.querySelector('audio');
    return audio ? { paused: audio.paused, time: audio.currentTime, src: audio.currentSrc } : null;
  });
}

/**
 * Waits until React has hydrated `element`: a click or a shortcut before that does nothing (as for a
 * reader on a slow phone), and the test would fail for the machine's load, not for the site.
 */
function hydrated(element: Locator) {
  return element.evaluate(
    (node) =>
      new Promise<void>((resolve) => {
        const check = () =>
          Object.keys(node).some((key) => key.startsWith('__reactProps')) ? resolve() : setTimeout(check, 50);
        check();
      }),
  );
}

for (const viewport of ['desktop', 'mobile'] as const) {
  describe(`a reader on ${viewport}`, () => {
    const site = serveSite({ mobile: viewport === 'mobile' });

    it('keeps the narration playing while moving to another post', async () => {
      const page = await site.browser.context.newPage();
      await page.goto(`${site.origin}/posts/welcome-to-inkwell/`);
      const play = page.locator('.post__header').getByRole('button', { name: /^(Play|Resume)/ });
      await hydrated(play);
      await play.click();
      await expect
        .poll(async () => (await audioState(page))?.time ?? 0, { timeout: 15_000 })
        .toBeGreaterThan(0.3);

      // Client-side navigation through a Next.js link: the page changes, the audio element does not.
      await page
        .getByRole('link', { name: /Typed frontmatter with zod/ })
        .first()
        .click();
      await page.waitForURL('**/posts/typed-frontmatter-with-zod/');
      const before = await audioState(page);
      expect(before?.paused).toBe(false);
      expect(before?.src).toContain('/audio/welcome.mp3');
      await expect.poll(async () => (await audioState(page))?.time ?? 0).toBeGreaterThan(before?.time ?? 0);
      // The floating player takes over, with a pause button.
      await expect
        .poll(() => page.locator('.inkwell-audio-float').getByRole('button', { name: 'Pause' }).isVisible())
        .toBe(true);
      await page.close();
    });

    it('searches from the keyboard with a half-typed, misspelt word, filters by tag and opens the section', async () => {
      const page = await site.browser.context.newPage();
      await page.goto(`${site.origin}/`);
      await hydrated(page.getByRole('navigation', { name: 'Quick navigation' }).locator('button').first());
      await page.keyboard.press('/');
      const input = page.getByRole('combobox', { name: 'Search posts' });
      await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('pipelin');
      const options = page.getByRole('option');
      await expect.poll(() => options.first().textContent(), { timeout: 10_000 }).toContain('part 2');
      const sheet = page.getByRole('dialog', { name: 'Search posts' });
      await sheet.getByRole('button', { name: 'streams', exact: true }).click();
      // The list re-renders once the filtered search settles: wait for every result to carry the tag.
      await expect
        .poll(async () => {
          const texts = await options.allTextContents();
          return texts.length > 0 && texts.every((text) => text.toLowerCase().includes('streams'));
        })
        .toBe(true);
      await input.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/posts\/streams-in-practice-part-2\/#let-pipeline-do-it$/);
      await page.close();
    });

    it('remembers the theme across a reload, with no flash of the other theme', async () => {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme: 'light' });
      // Record the theme at the moment <body> is first parsed, before any paint.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.body) {
            (window as unknown as { firstTheme?: string }).firstTheme =
              document.documentElement.dataset.theme;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${site.origin}/about/`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      // The one theme toggle is the hub's entry: open the hub, then cycle the theme.
      const hub = page.getByRole('navigation', { name: 'Quick navigation' });
      await hub.locator('.inkwell-nav__toggle').click();
      const toggle = hub.getByRole('button', { name: /theme/i });
      for (let clicks = 0; clicks < 3; clicks++) {
        if ((await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark') break;
        await toggle.click();
      }
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.reload();
      expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe(
        'dark',
      );
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(21, 24, 29)',
      );
      await page.close();
    });

    it('shares by copying the link when the Web Share API is absent', async () => {
      await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.origin,
      });
      const page = await site.browser.context.newPage();
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
        Object.defineProperty(Navigator.prototype, 'canShare', { value: undefined, configurable: true });
      });
      await page.goto(`${site.origin}/posts/dark-mode-without-a-flash/`);
      await page.locator('.post__footer').getByRole('button', { name: /share/i }).click();
      await page.getByRole('button', { name: /copy link/i }).click();
      await expect.poll(() => page.getByText('Copied').first().isVisible()).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'http://127.0.0.1:3000/posts/dark-mode-without-a-flash/',
      );
      await page.close();
    });

    it('fills the progress bar as the reader scrolls', async () => {
      const page = await site.browser.context.newPage();
      await page.goto(`${site.origin}/posts/typed-frontmatter-with-zod/`);
      // The bar's horizontal scale: 0 at the top of the article, growing as the reader scrolls.
      const fill = () =>
        page.evaluate(() => {
          const bar = document.querySelector('.inkwell-progress__bar');
          const transform = bar ? getComputedStyle(bar).transform : 'none';
          return transform === 'none' ? 0 : new DOMMatrixReadOnly(transform).a;
        });
      await page.locator('.inkwell-progress[data-mode]').waitFor({ state: 'attached' });
      expect(await fill()).toBe(0);
      // Halfway through the article: its top above the viewport, its bottom still below.
      await page.evaluate(() => {
        const body = (document.getElementById('post-body') as HTMLElement).getBoundingClientRect();
        window.scrollTo(0, window.scrollY + body.top + (body.height - window.innerHeight) / 2);
      });
      await expect.poll(fill).toBeGreaterThan(0.3);
      expect(await fill()).toBeLessThan(0.7);
      await page.close();
    });
  });
}
