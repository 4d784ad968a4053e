/**
 * Whether a click will navigate to another page of this site: a plain left click (no modifier keys) on
 * a same-origin `<a href>` that opens in this tab, is not a download, and changes the path or query (a
 * change of `#hash` alone scrolls, it does not load a page).
 *
 * It does not look at `defaultPrevented`: a router's link (Next's `Link`, say) prevents the default to
 * navigate on the client, which is exactly the navigation the loader is for.
 */
export function isInternalNavigation(event: MouseEvent, here: Location): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const target = event.composedPath?.()[0] ?? event.target;
  const anchor = target instanceof Element ? target.closest('a[href]') : null;
  if (!anchor || anchor.hasAttribute('download')) return false;
  const opens = anchor.getAttribute('target');
  if (opens && opens !== '_self') return false;
  const to = new URL(anchor.getAttribute('href') ?? '', here.href);
  if (to.origin !== here.origin) return false;
  return to.pathname !== here.pathname || to.search !== here.search;
}
