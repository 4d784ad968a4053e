'use client';
import {
  type CSSProperties,
  type HTMLAttributes,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { classNames } from '../internal/class-names.js';
import { readingProgress } from './reading-progress.js';

// Names of the targets' view timelines currently hoisted to <html> (one per mounted ProgressBar).
const hoisted = new Set<string>();

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The element read through, usually the article: a ref, or a CSS selector (handy in a server
   * component, where there are no refs). Default: the whole page.
   */
  target?: RefObject<Element | null> | string;
  /**
   * Expose the bar to assistive technology as a `progressbar` with `aria-valuenow`; the default is
   * decorative (`aria-hidden`), since the scroll position is already known to the reader. Give an
   * `aria-label` when you turn this on. Default `false`.
   */
  accessible?: boolean;
}

type Mode = 'timeline' | 'script';

/**
 * A reading-progress bar, to pin at the top of the page. It fills as the reader scrolls through
 * `target` (default: the whole page). Where the browser supports scroll-driven animations it is
 * pure CSS (`animation-timeline: scroll()` or a `view()` timeline of the target); elsewhere a
 * passive scroll listener updates it at most once per frame, and stops while the bar is off
 * screen. Either way it animates `transform: scaleX()`, never layout. State: `data-mode` is
 * `timeline` or `script`.
 *
 * @example
 * ```tsx
 * function PostLayout({ post }: { post: Post }) {
 *   const article = useRef<HTMLElement>(null);
 *   return (
 *     <>
 *       <ProgressBar target={article} />
 *       <article ref={article} dangerouslySetInnerHTML={{ __html: post.html }} />
 *     </>
 *   );
 * }
 * ```
 *
 * @example
 * ```tsx
 * // In a server component: name the article with a selector.
 * <ProgressBar target="#post-body" />
 * ```
 */
export function ProgressBar({ target, accessible, className, style, ...rest }: ProgressBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const name = `--inkwell-read${useId().replace(/[^\w-]/g, '')}`;
  const [mode, setMode] = useState<Mode>();
  const [value, setValue] = useState(0);

  useEffect(() => {
    const bar = ref.current;
    const element = (typeof target === 'string' ? document.querySelector(target) : target?.current) as
      | HTMLElement
      | null
      | undefined;
    // The accessible mode needs the value in script, to keep aria-valuenow current.
    // `CSS` itself is missing in some embedded WebViews and DOM shims: that means no timelines either.
    const supports = (condition: string) => typeof CSS !== 'undefined' && !!CSS.supports?.(condition);
    const timelines =
      !accessible && supports('animation-timeline: view()') && (!element || supports('timeline-scope: --a'));
    setMode(timelines ? 'timeline' : 'script');
    if (!bar || timelines) {
      if (!element) return;
      // The bar is not inside the target, so the target's named view timeline is hoisted to the root.
      const hoist = () => document.documentElement.style.setProperty('timeline-scope', [...hoisted].join());
      element.style.setProperty('view-timeline-name', name);
      hoisted.add(name);
      hoist();
      return () => {
        element.style.removeProperty('view-timeline-name');
        hoisted.delete(name);
        hoist();
      };
    }

    return followScroll(bar, element, accessible && setValue);
  }, [target, accessible, name]);

  const a11y = accessible
    ? { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value }
    : { 'aria-hidden': true };
  return (
    <div
      {...a11y}
      {...rest}
      ref={ref}
      className={classNames('inkwell-progress', className)}
      data-mode={mode}
      data-target={target ? '' : undefined}
      style={
        {
          ...style,
          ...(target && mode === 'timeline' ? { '--inkwell-progress-timeline': name } : {}),
        } as CSSProperties
      }
    >
      <div className="inkwell-progress__bar" />
    </div>
  );
}

/**
 * The script mode: sets `--inkwell-progress` on `bar` (and reports the percentage to `onPercent`)
 * at most once per frame while the reader scrolls through `element` (the page when absent),
 * listening only while the bar itself is on screen.
 */
function followScroll(
  bar: HTMLElement,
  element: HTMLElement | null | undefined,
  onPercent: ((percent: number) => void) | false | undefined,
): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    const box = element
      ? element.getBoundingClientRect()
      : { top: -window.scrollY, height: document.documentElement.scrollHeight };
    const progress = readingProgress(box.top, box.height, window.innerHeight);
    bar.style.setProperty('--inkwell-progress', `${progress}`);
    if (onPercent) onPercent(Math.round(progress * 100));
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };
  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const type of ['scroll', 'resize']) window[method](type, schedule, { passive: true });
    if (on) schedule();
  };
  const observer = window.IntersectionObserver
    ? new IntersectionObserver((entries) => listen(!!entries.at(-1)?.isIntersecting))
    : null;
  if (observer) observer.observe(bar);
  else listen(true);
  return () => {
    observer?.disconnect();
    listen(false);
    cancelAnimationFrame(frame);
  };
}
