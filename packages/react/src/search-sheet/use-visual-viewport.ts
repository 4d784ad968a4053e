'use client';

import { type RefObject, useEffect } from 'react';

/**
 * While `active`, mirrors the visual viewport (the part of the page not covered by an on-screen
 * keyboard) into `--inkwell-viewport-height` and `--inkwell-viewport-top` on the element, so the sheet
 * never hides behind the iOS keyboard. Browsers without `visualViewport` keep the CSS fallback (`100dvh`).
 */
export function useVisualViewport(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const element = ref.current;
    const viewport = typeof window === 'undefined' ? undefined : window.visualViewport;
    if (!active || !element || !viewport) return;
    const update = () => {
      element.style.setProperty('--inkwell-viewport-height', `${viewport.height}px`);
      element.style.setProperty('--inkwell-viewport-top', `${viewport.offsetTop}px`);
    };
    update();
    viewport.addEventListener('resize', update);
    viewport.addEventListener('scroll', update);
    return () => {
      viewport.removeEventListener('resize', update);
      viewport.removeEventListener('scroll', update);
      element.style.removeProperty('--inkwell-viewport-height');
      element.style.removeProperty('--inkwell-viewport-top');
    };
  }, [ref, active]);
}
