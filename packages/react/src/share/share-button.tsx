'use client';

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { classNames } from '../internal/class-names.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { useDismissableLayer } from '../internal/use-dismissable-layer.js';
import { canShareNatively, prefersNativeShare, resolveShareData, shareNatively } from './share-data.js';
import { ShareIcon } from './share-icons.js';
import { defaultShareLabels, type ShareButtonLabels } from './share-labels.js';
import type { ShareData } from './share-links.js';

// The panel (links, copy, its texts) loads when first opened, or when the pointer or focus reaches
// the button; the decision to use the system sheet stays here, inside the click's user gesture.
const loadPanel = () => import('./share-panel.js');
const SharePanel = lazy(() => loadPanel().then((module) => ({ default: module.SharePanel })));
const prefetchPanel = () => void loadPanel().catch(() => {});

/** Props of {@link ShareButton}. */
export interface ShareButtonProps {
  /** Address to share. Default: the page's `<link rel="canonical">`, else `location.href`, read on open. */
  url?: string;
  /** Title of what is shared. Default: `document.title`, read on open. */
  title?: string;
  /** A line to share along with the link (the system share sheet's text, the email body). Default: none. */
  text?: string;
  /** Button text (its accessible name too). Default: `labels.share`. @deprecated Use `labels.share`. */
  label?: string;
  /** Texts, for another language: pass only the ones you change. Default: English (see `ShareButtonLabels`). */
  labels?: Partial<ShareButtonLabels>;
  /** Show the text next to the icon (otherwise it is only the accessible name). Default `true`. */
  showLabel?: boolean;
  /**
   * Use the system share sheet (`navigator.share`) where the browser has one: straight from the
   * click on touch screens, as one more entry of the panel elsewhere. Default `true`; `false` never
   * uses it.
   */
  native?: boolean;
  /** Controlled open state of the panel. Default: uncontrolled — the button keeps its own open state. */
  open?: boolean;
  /** Initial open state of the panel when uncontrolled. Default `false`. */
  defaultOpen?: boolean;
  /**
   * Called with the panel's new open state (button, Escape, a click outside, a followed link).
   * Default: none (the panel still opens and closes itself when uncontrolled).
   */
  onOpenChange?: (open: boolean) => void;
  /** Extra class names on the root element. Default: none (only `inkwell-share`). */
  className?: string;
}

/**
 * Shares the current post the way readers expect on each device. On a touch screen where the
 * browser has a system share sheet, the click opens it (a reader cancelling is not an error);
 * elsewhere (desktop) it opens a panel with LinkedIn, X, email and "Copy link", plus the system
 * sheet as one more entry where there is one. If the sheet fails, the panel opens instead. The
 * panel's state is `open` / `defaultOpen` / `onOpenChange` (Radix style) and `data-state`.
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
  label,
  labels: labelOverrides,
  showLabel = true,
  native = true,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  className,
}: ShareButtonProps) {
  const labels = { ...defaultShareLabels, ...(label ? { share: label } : {}), ...labelOverrides };
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  // Read when the panel opens (the document is browser-only, so never during a server render).
  const [data, setData] = useState<ShareData | null>(null);
  useEffect(() => setData(open ? resolveShareData({ url, title, text }) : null), [open, url, title, text]);
  useDismissableLayer({ open, rootRef, returnFocusRef: buttonRef, onDismiss: () => setOpen(false) });

  const onClick = () => {
    if (open) return setOpen(false);
    const shared = resolveShareData({ url, title, text });
    if (native && prefersNativeShare() && canShareNatively(shared))
      shareNatively(shared, () => setOpen(true));
    else setOpen(true);
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
        onPointerEnter={prefetchPanel}
        onFocus={prefetchPanel}
      >
        <ShareIcon className="inkwell-share__icon" />
        <span className={showLabel ? 'inkwell-share__label' : 'inkwell-visually-hidden'}>{labels.share}</span>
      </button>
      {open && data && (
        <Suspense fallback={null}>
          <SharePanel
            id={panelId}
            data={data}
            labels={labels}
            native={native}
            onNativeFailure={() => setOpen(true)}
          />
        </Suspense>
      )}
    </div>
  );
}
