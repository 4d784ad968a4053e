/// <reference types="@vitest/browser-playwright" />
/**
 * Emulates `prefers-reduced-motion: reduce` through the Chrome DevTools Protocol, for stories run as
 * tests in Chromium. Returns false in the Storybook UI, where the operating system's setting applies.
 */
export async function emulateReducedMotion(on: boolean): Promise<boolean> {
  try {
    const { cdp } = await import('vitest/browser');
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: on ? 'reduce' : '' }],
    });
    return true;
  } catch {
    return false;
  }
}
