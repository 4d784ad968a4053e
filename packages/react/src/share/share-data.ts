import type { ShareData } from './share-links.js';

/** What to share, read on demand: the given values, else the page's canonical link (or address) and title. */
export function resolveShareData({ url, title, text }: Partial<ShareData>): ShareData {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const data: ShareData = { url: url ?? canonical ?? window.location.href };
  const resolvedTitle = title ?? document.title;
  if (resolvedTitle) data.title = resolvedTitle;
  if (text) data.text = text;
  return data;
}

/** Whether the system share sheet can share `data` here. */
export function canShareNatively(data: ShareData): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  try {
    return typeof navigator.canShare !== 'function' || navigator.canShare(data);
  } catch {
    return false;
  }
}

/** Phones and tablets: a coarse primary pointer. Desktops get the panel first. */
export function prefersNativeShare(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches === true;
}

/**
 * Opens the system share sheet; `onFailure` runs when it fails for another reason than the reader
 * cancelling. Call it synchronously inside the click: browsers require the user gesture.
 */
export function shareNatively(data: ShareData, onFailure: () => void): void {
  navigator.share(data).catch((error: unknown) => {
    // The reader closed the share sheet. (Checked by name: DOMException is not an Error everywhere.)
    if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError') return;
    onFailure();
  });
}
