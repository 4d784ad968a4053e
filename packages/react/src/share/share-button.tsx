'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { classNames } from '../internal/class-names.js';
import { copyText } from '../internal/copy-text.js';
import { useDismissableLayer } from '../internal/use-dismissable-layer.js';
import { ShareIcon } from './share-icons.js';
import { type ShareData, shareTargets } from './share-links.js';

/** Props of {@link ShareButton}. */
export interface ShareButtonProps {
  /** Address to share. Default: the page's `<link rel="canonical">`, else `location.href`, read on click. */
  url?: string;
  /** Default: `document.title`, read on click. */
  title?: string;
  text?: string;
  /** Button text. Default `'Share'`. */
  label?: string;
  /** Show the text next to the icon (otherwise it is only the accessible name). Default `true`. */
  showLabel?: boolean;
  /**
   * Use the system share sheet (`navigator.share`) where the browser has one. Default `true`; set `false`
   * to always show the panel of links.
   */
  native?: boolean;
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

function resolveShareData({ url, title, text }: Pick<ShareButtonProps, 'url' | 'title' | 'text'>): ShareData {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const data: ShareData = { url: url ?? canonical ?? window.location.href };
  const resolvedTitle = title ?? document.title;
  if (resolvedTitle) data.title = resolvedTitle;
  if (text) data.text = text;
  return data;
}

function canShareNatively(data: ShareData): boolean {
  if (typeof navigator.share !== 'function') return false;
  try {
    return typeof navigator.canShare !== 'function' || navigator.canShare(data);
  } catch {
    return false;
  }
}

/**
 * Shares the current post. Where the browser has a system share sheet it opens it straight from the
 * click (a reader cancelling is not an error); otherwise, or if sharing fails, a small panel offers
 * LinkedIn, X, email and "Copy link" with a visible and announced "Copied" confirmation. When the
 * clipboard refuses, the link is shown selected so the reader can copy it by hand.
 *
 * @example
 * ```tsx
 * <ShareButton title={post.title} url={`https://blog.example/posts/${post.slug}/`} />
 * ```
 */
export function ShareButton({
  url,
  title,
  text,
  label = 'Share',
  showLabel = true,
  native = true,
  className,
}: ShareButtonProps) {
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const manualRef = useRef<HTMLInputElement>(null);
  const [data, setData] = useState<ShareData | null>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const open = data !== null;

  const close = () => {
    setData(null);
    setCopyState('idle');
  };
  useDismissableLayer({ open, rootRef, returnFocusRef: buttonRef, onDismiss: close });

  useEffect(() => {
    if (copyState === 'failed') {
      manualRef.current?.focus();
      manualRef.current?.select();
    }
    if (copyState !== 'copied') return;
    const timer = setTimeout(() => setCopyState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [copyState]);

  const onClick = () => {
    if (open) {
      close();
      return;
    }
    const shared = resolveShareData({ url, title, text });
    if (native && canShareNatively(shared)) {
      // Called synchronously inside the click: browsers require the user gesture to be still active.
      navigator.share(shared).catch((error: unknown) => {
        // The reader closed the share sheet. (Checked by name: DOMException is not an Error everywhere.)
        if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
          return;
        setData(shared);
      });
      return;
    }
    setData(shared);
  };

  const copy = async () => {
    if (!data) return;
    setCopyState((await copyText(data.url)) ? 'copied' : 'failed');
  };

  return (
    <div
      ref={rootRef}
      className={classNames('inkwell-share', className)}
      data-state={open ? 'open' : 'closed'}
    >
      <button
        ref={buttonRef}
        type="button"
        className="inkwell-share__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={onClick}
      >
        <ShareIcon className="inkwell-share__icon" />
        <span className={showLabel ? 'inkwell-share__label' : 'inkwell-visually-hidden'}>{label}</span>
      </button>
      {data && (
        <div id={panelId} className="inkwell-share__panel">
          <ul className="inkwell-share__targets">
            {shareTargets(data).map((target) => (
              <li key={target.id}>
                <a
                  className="inkwell-share__target"
                  data-target={target.id}
                  href={target.href}
                  {...(target.id === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
                >
                  {target.label}
                </a>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="inkwell-share__target"
                data-target="copy"
                data-state={copyState}
                onClick={copy}
              >
                {copyState === 'copied' ? 'Copied' : 'Copy link'}
              </button>
            </li>
          </ul>
          {copyState === 'failed' && (
            <label className="inkwell-share__manual">
              <span>Copying was blocked. Select the link and copy it:</span>
              <input
                ref={manualRef}
                type="text"
                readOnly
                value={data.url}
                onFocus={(e) => e.target.select()}
              />
            </label>
          )}
        </div>
      )}
      <span role="status" className="inkwell-visually-hidden">
        {copyState === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
    </div>
  );
}
