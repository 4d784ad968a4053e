// No layout shift from images: every <img> on every page type carries width and height, in the
// proportions of the file it shows.
import { describe, expect, it } from 'vitest';
import { serveSite } from './support/site.js';

const site = serveSite();

const pageTypes = {
  home: '/',
  'post with a cover': '/posts/how-a-post-becomes-a-page/',
  'post in a series': '/posts/streams-in-practice-part-1/',
  tag: '/tags/streams/',
  about: '/about/',
};

describe('images', () => {
  it('the pages show images at all (the assertions below have something to check)', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.locator('img').count()).toBeGreaterThan(3);
    await page.close();
  });

  for (const [name, path] of Object.entries(pageTypes)) {
    it(`${name}: every image has width and height in its file's proportions`, async () => {
      const page = await site.browser.context.newPage();
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      const images = await page.locator('img').evaluateAll((elements) =>
        Promise.all(
          (elements as HTMLImageElement[]).map(async (image) => {
            const written = { width: image.getAttribute('width'), height: image.getAttribute('height') };
            // Lazy images below the fold: load them now, to compare with the file's own size.
            image.loading = 'eager';
            await image.decode().catch(() => {});
            return {
              src: image.getAttribute('src'),
              width: Number(written.width),
              height: Number(written.height),
              naturalWidth: image.naturalWidth,
              naturalHeight: image.naturalHeight,
            };
          }),
        ),
      );
      for (const image of images) {
        expect(image.width, `${image.src} width`).toBeGreaterThan(0);
        expect(image.height, `${image.src} height`).toBeGreaterThan(0);
        // Loaded, and the box the attributes reserve has the picture's own shape.
        expect(image.naturalWidth, `${image.src} loaded`).toBeGreaterThan(0);
        const written = image.width / image.height;
        const actual = image.naturalWidth / image.naturalHeight;
        expect(Math.abs(written - actual) / actual, `${image.src} proportions`).toBeLessThan(0.01);
      }
      await page.close();
    });
  }
});
