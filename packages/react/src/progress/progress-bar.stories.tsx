/// <reference types="@vitest/browser-playwright" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type RefObject, useEffect, useRef } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { inDocsFrame } from '../../test/stories/docs-frame.js';
import { emulateReducedMotion } from '../../test/stories/emulate-reduced-motion.js';
import { StoryMain } from '../../test/stories/story-main.js';
import { ProgressBar } from './progress-bar.js';

/** The horizontal scale the bar is drawn at (from its computed transform matrix). */
function scale(canvas: HTMLElement): number {
  const bar = canvas.ownerDocument.querySelector<HTMLElement>('.inkwell-progress__bar');
  if (!bar) throw new Error('no bar');
  const transform = getComputedStyle(bar).transform;
  return transform === 'none' ? 1 : new DOMMatrixReadOnly(transform).a;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function scrollToFraction(fraction: number) {
  const range = document.documentElement.scrollHeight - window.innerHeight;
  window.scrollTo(0, range * fraction);
  await nextFrame();
}

/**
 * Scrolls the story's page once it has rendered, so it opens part-way through the text with the bar
 * partly filled, as a reader mid-article sees it. `within`: scroll through that element instead.
 */
function StartScrolled({ fraction, within }: { fraction: number; within?: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const element = within?.current;
    if (element) {
      const top = element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top + (element.offsetHeight - window.innerHeight) * fraction);
    } else {
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * fraction);
    }
  }, [fraction, within]);
  return null;
}

const paragraphs = Array.from({ length: 40 }, (_, index) => (
  // biome-ignore lint/suspicious/noArrayIndexKey: static filler text
  <p key={index}>
    Paragraph {index + 1}. Reading progress fills as this article scrolls by; it is drawn with a transform, so
    scrolling never triggers layout.
  </p>
));

const meta = {
  title: 'Progress/ProgressBar',
  component: ProgressBar,
  render: (args) => (
    <>
      <ProgressBar {...args} />
      <StoryMain style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}>{paragraphs}</StoryMain>
      <StartScrolled fraction={0.4} />
    </>
  ),
  parameters: {
    // Each story in its own frame on the docs page: the bar follows its own window's scroll.
    docs: { story: { inline: false, iframeHeight: 360 } },
  },
  afterEach: () => window.scrollTo(0, 0),
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The typical use: progress through the whole page, opened 40 % of the way down. CSS scroll-driven animation (Chromium supports `animation-timeline`). */
export const WholePage: Story = {
  play: async ({ canvasElement }) => {
    const root = canvasElement.ownerDocument.querySelector<HTMLElement>('.inkwell-progress');
    await waitFor(() => expect(root).toHaveAttribute('data-mode', 'timeline'));
    await expect(root).toHaveAttribute('aria-hidden', 'true');
    if (inDocsFrame()) return; // measuring needs the frame on screen; the story test run does it
    await scrollToFraction(0);
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0, 1));
    await scrollToFraction(0.5);
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0.5, 1));
    await scrollToFraction(1);
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(1, 1));
    await scrollToFraction(0.4); // back where the story opens
  },
};

function ArticleProgress(props: Parameters<typeof ProgressBar>[0]) {
  const article = useRef<HTMLElement>(null);
  return (
    <>
      <ProgressBar {...props} target={article} />
      <header style={{ height: '60vh', padding: 16 }}>
        <h1>Header above the article</h1>
      </header>
      <article ref={article} style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}>
        {paragraphs}
      </article>
      <footer style={{ height: '80vh', padding: 16 }}>Comments below the article</footer>
      <StartScrolled fraction={0.4} within={article} />
    </>
  );
}

/** Progress through one element: 0 until the article's top reaches the top, 1 once its end is in view. */
export const ThroughArticle: Story = {
  render: (args) => <ArticleProgress {...args} />,
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('article') as HTMLElement;
    await waitFor(() =>
      expect(document.querySelector('.inkwell-progress')).toHaveAttribute('data-mode', 'timeline'),
    );
    if (inDocsFrame()) return; // measuring needs the frame on screen; the story test run does it
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0.4, 1));
    // Above the article (its header in view) the bar is empty.
    window.scrollTo(0, 0);
    await nextFrame();
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0, 1));
    const top = article.getBoundingClientRect().top + window.scrollY;
    const range = article.offsetHeight - window.innerHeight;
    window.scrollTo(0, top + range / 2);
    await nextFrame();
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0.5, 1));
    window.scrollTo(0, document.documentElement.scrollHeight);
    await nextFrame();
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(1, 1));
    window.scrollTo(0, top + range * 0.4); // back where the story opens
  },
};

/** Opt-in accessible mode: a `progressbar` whose `aria-valuenow` follows the scroll (script mode). */
export const Accessible: Story = {
  args: { accessible: true, 'aria-label': 'Reading progress' },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement.ownerDocument.body).getByRole('progressbar', {
      name: 'Reading progress',
    });
    await waitFor(() => expect(bar).toHaveAttribute('data-mode', 'script'));
    if (inDocsFrame()) return; // measuring needs the frame on screen; the story test run does it
    await scrollToFraction(0.5);
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(45));
    await expect(Number(bar.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(55);
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0.5, 1));
  },
};

/** With reduced motion the fill jumps with the scroll, without smoothing. */
export const ReducedMotion: Story = {
  args: { accessible: true, 'aria-label': 'Reading progress' },
  beforeEach: async () => {
    const emulated = await emulateReducedMotion(true);
    return () => {
      if (emulated) void emulateReducedMotion(false);
    };
  },
  play: async ({ canvasElement }) => {
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) return; // Storybook UI without the OS setting
    const bar = canvasElement.ownerDocument.querySelector('.inkwell-progress__bar') as HTMLElement;
    await waitFor(() => expect(bar.parentElement).toHaveAttribute('data-mode', 'script'));
    // No smoothing between frames: the fill jumps straight to the scroll position.
    await expect(getComputedStyle(bar).transitionDuration).toBe('0s');
    await scrollToFraction(1);
    await waitFor(() => expect(scale(canvasElement)).toBe(1));
  },
};

/** On a phone the bar spans the screen. */
export const MobileViewport: Story = {
  // A phone is a window size: shown in the sidebar (Storybook sizes the frame), not on the docs page.
  tags: ['!autodocs'],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.ownerDocument.querySelector('.inkwell-progress') as HTMLElement;
    await expect(root.getBoundingClientRect().width).toBe(window.innerWidth);
    // Opened 40 % down first (the story's own scroll), so the play's scroll is not undone by it.
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0.4, 1));
    await scrollToFraction(0.5);
    await waitFor(() => expect(scale(canvasElement)).toBeCloseTo(0.5, 1));
  },
};
