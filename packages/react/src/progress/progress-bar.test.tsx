import { act, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressBar } from './progress-bar.js';

// jsdom has no layout and no scroll-driven animations: this exercises the script fallback.
let frames: FrameRequestCallback[] = [];
const runFrames = () =>
  act(() => {
    const pending = frames;
    frames = [];
    for (const frame of pending) frame(0);
  });

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal('CSS', { supports: () => false });
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 3000 });
  vi.stubGlobal('innerHeight', 1000);
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.scrollY = 0;
});

const scrollTo = (y: number) => {
  window.scrollY = y;
  window.dispatchEvent(new Event('scroll'));
};

function Article() {
  const ref = useRef<HTMLElement>(null);
  return (
    <>
      <ProgressBar target={ref} />
      <article ref={ref} />
    </>
  );
}

describe('ProgressBar (script fallback)', () => {
  it('updates at most once per frame, from a passive listener', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const { container } = render(<ProgressBar />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-mode', 'script');
    expect(root).toHaveAttribute('aria-hidden', 'true');
    expect(add).toHaveBeenCalledWith('scroll', expect.any(Function), { passive: true });
    runFrames();
    scrollTo(500);
    scrollTo(1000);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(root.style.getPropertyValue('--inkwell-progress')).toBe('0.5');
  });

  it('follows a target element', () => {
    const { container } = render(<Article />);
    const article = container.querySelector('article') as HTMLElement;
    article.getBoundingClientRect = () => ({ top: -1000, height: 3000 }) as DOMRect;
    scrollTo(1);
    runFrames();
    expect((container.firstElementChild as HTMLElement).style.getPropertyValue('--inkwell-progress')).toBe(
      '0.5',
    );
  });

  it('follows a target named by a CSS selector', () => {
    const { container } = render(
      <>
        <ProgressBar target="#post-body" />
        <article id="post-body" />
      </>,
    );
    const article = container.querySelector('article') as HTMLElement;
    article.getBoundingClientRect = () => ({ top: -250, height: 2000 }) as DOMRect;
    scrollTo(1);
    runFrames();
    expect((container.firstElementChild as HTMLElement).style.getPropertyValue('--inkwell-progress')).toBe(
      '0.25',
    );
  });

  it('stops listening while it is off screen', () => {
    let notify: (visible: boolean) => void = () => {};
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          notify = (visible) => callback([{ isIntersecting: visible }]);
        }
        observe() {}
        disconnect() {}
      },
    );
    render(<ProgressBar />);
    notify(true);
    runFrames();
    notify(false);
    scrollTo(700);
    expect(frames).toHaveLength(0);
    notify(true);
    expect(frames).toHaveLength(1);
  });

  it('offers an accessible progressbar with aria-valuenow, without axe violations', async () => {
    const { container } = render(<ProgressBar accessible aria-label="Reading progress" />);
    scrollTo(2000);
    runFrames();
    const bar = screen.getByRole('progressbar', { name: 'Reading progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    const { violations } = await axe.run(container);
    expect(violations).toEqual([]);
  });

  it('uses the CSS scroll timeline where supported, with no listener', () => {
    vi.stubGlobal('CSS', { supports: () => true });
    const add = vi.spyOn(window, 'addEventListener');
    const { container } = render(<ProgressBar />);
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'timeline');
    expect(add).not.toHaveBeenCalledWith('scroll', expect.anything(), expect.anything());
  });
});
