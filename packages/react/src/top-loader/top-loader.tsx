'use client';
import { type HTMLAttributes, useEffect, useRef } from 'react';
import { classNames } from '../internal/class-names.js';
import { isInternalNavigation } from './internal-navigation.js';
import { type LoaderBar, loaderBar } from './loader-bar.js';

const mounted = new Set<LoaderBar>();

/**
 * Starts every mounted {@link TopLoader}: call it where your framework navigates in code (a router's
 * `push`), which no click or back/forward event reveals. The loader finishes when its `url` changes.
 *
 * @example
 * ```tsx
 * const router = useRouter();
 * const go = (href: string) => {
 *   startTopLoader();
 *   router.push(href);
 * };
 * ```
 */
export function startTopLoader(): void {
  for (const bar of mounted) bar.start();
}

/** Props of {@link TopLoader}. */
export interface TopLoaderProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The URL the app has rendered (say, path + query from the router). The bar finishes when it changes,
   * which is when the new page is on screen. Without it, the bar finishes once `location` has changed.
   */
  url?: string;
}

/**
 * A thin bar at the top of the page while the next page loads, for client-side navigation. It starts on a
 * click of an internal link (a {@link LinkProvider} link or any same-origin `<a>`), on back/forward, and on
 * {@link startTopLoader}; it trickles towards the end without reaching it, fills and fades when `url`
 * changes. With `prefers-reduced-motion` it does not move: it shows, then hides. Decorative
 * (`aria-hidden`): screen readers hear the new page from the router. Tokens: `--inkwell-top-loader-color`
 * (default the accent), `--inkwell-top-loader-height` (3px). State: `data-state` `idle | loading | done`.
 *
 * @example
 * ```tsx
 * 'use client';
 * import { usePathname, useSearchParams } from 'next/navigation';
 * import { TopLoader } from '@inkwell/react';
 *
 * export function RouteLoader() {
 *   const query = useSearchParams().toString();
 *   return <TopLoader url={`${usePathname()}?${query}`} />;
 * }
 * ```
 */
export function TopLoader({ url, className, ...rest }: TopLoaderProps) {
  const ref = useRef<HTMLDivElement>(null);
  const bar = useRef<LoaderBar>(null);
  const watchLocation = url === undefined;

  useEffect(() => {
    let from = '';
    const element = ref.current as HTMLDivElement;
    // Without a `url`, a tick that sees a new location is the end of the navigation.
    const current = loaderBar(element, () => watchLocation && location.href !== from && current.done());
    const start = () => {
      from = location.href;
      current.start();
    };
    const onClick = (event: MouseEvent) => isInternalNavigation(event, location) && start();
    const onPopState = () => {
      // The location has already changed: without a `url`, the next tick ends it.
      from = '';
      current.start();
    };
    bar.current = current;
    mounted.add(current);
    document.addEventListener('click', onClick);
    addEventListener('popstate', onPopState);
    // A page restored from the back/forward cache is already there.
    addEventListener('pageshow', current.done);
    return () => {
      mounted.delete(current);
      document.removeEventListener('click', onClick);
      removeEventListener('popstate', onPopState);
      removeEventListener('pageshow', current.done);
      current.stop();
    };
  }, [watchLocation]);

  useEffect(() => {
    if (url !== undefined) bar.current?.done();
  }, [url]);

  return (
    <div
      ref={ref}
      aria-hidden="true"
      data-state="idle"
      className={classNames('inkwell-top-loader', className)}
      {...rest}
    />
  );
}
