'use client';

import { type PointerEvent, type ReactNode, useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { classNames } from '../internal/class-names.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { useDismissableLayer } from '../internal/use-dismissable-layer.js';
import { useLinkComponent } from '../link/link-provider.js';
import { prefetchSearchIndex } from '../search-sheet/load-search-index.js';
import { SearchIcon } from '../search-sheet/search-icons.js';
import { SearchSheet, type SearchSheetProps } from '../search-sheet/search-sheet.js';
import { ShareButton, type ShareButtonProps } from '../share/share-button.js';
import { ThemeToggle, type ThemeToggleLabels } from '../theme/theme-toggle.js';
import { HomeIcon, PersonIcon, PlusIcon } from './nav-icons.js';

/** A custom hub entry: a link (`href`) or an action (`onSelect`). */
export type FloatingNavItem = {
  label: string;
  /** A small icon; give it `aria-hidden`. */
  icon?: ReactNode;
} & ({ href: string; onSelect?: never } | { onSelect: () => void; href?: never });

/** Options of the built-in Search entry: everything {@link SearchSheet} takes except its open state. */
export type FloatingNavSearch = Omit<
  SearchSheetProps,
  'open' | 'defaultOpen' | 'onOpenChange' | 'returnFocusRef'
>;

/** Props of {@link FloatingNav}. */
export interface FloatingNavProps {
  /** Controlled open state of the hub. */
  open?: boolean;
  /** Initial open state when uncontrolled. Default `false`. */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Search entry and sheet; needs `indexUrl` or `loadIndex`. Omit or `false` for no search. */
  search?: FloatingNavSearch | false;
  /** Share entry (see {@link ShareButton}). Default `true`. */
  share?: boolean | Pick<ShareButtonProps, 'url' | 'title' | 'text' | 'native' | 'label'>;
  /** Theme entry. Default `true`. */
  theme?: boolean | { labels?: Partial<ThemeToggleLabels> };
  /** Home link. Default `'/'`; `false` hides it. */
  home?: string | false;
  /** Link to the author page, e.g. `{ href: '/about', label: 'About me' }`. */
  author?: { href: string; label?: string };
  /** More entries, after the built-ins. */
  items?: FloatingNavItem[];
  /** Unfold on hover where the pointer can hover precisely (mouse, trackpad). Default `true`. */
  hoverUnfurl?: boolean;
  /** Accessible name of the navigation landmark. Default `'Quick navigation'`. */
  label?: string;
  /** Accessible name of the round button. Default `'Menu'`. */
  buttonLabel?: string;
  className?: string;
}

const FINE_HOVER = '(hover: hover) and (pointer: fine)';
const HOVER_CLOSE_DELAY = 300;
const subscribeNothing = () => () => {};

/**
 * The reader's one point of control: a round button at the bottom-right, above the home indicator, that
 * unfolds into Search, Share, Theme, Home, Author and your own entries. It follows the disclosure
 * pattern (Tab through the entries, Escape closes and returns focus, a click outside closes), unfolds on
 * hover only for precise pointers and never moves focus when it does, and is rendered into
 * `document.body` so a transformed ancestor cannot break its fixed position.
 *
 * @example
 * ```tsx
 * <FloatingNav
 *   search={{ indexUrl: '/search-index.json' }}
 *   author={{ href: '/about', label: 'About Ada' }}
 *   items={[{ label: 'RSS', href: '/rss.xml', icon: <RssIcon aria-hidden /> }]}
 * />
 * ```
 */
export function FloatingNav({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  search = false,
  share = true,
  theme = true,
  home = '/',
  author,
  items = [],
  hoverUnfurl = true,
  label = 'Quick navigation',
  buttonLabel = 'Menu',
  className,
}: FloatingNavProps) {
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const [searchOpen, setSearchOpen] = useControllableState({ value: undefined, defaultValue: false });
  const mounted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const Link = useLinkComponent();
  const listId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const openedByHover = useRef(false);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const setHubOpen = (next: boolean) => {
    clearTimeout(closeTimer.current);
    if (!next) openedByHover.current = false;
    setOpen(next);
  };

  useDismissableLayer({ open, rootRef, returnFocusRef: buttonRef, onDismiss: () => setHubOpen(false) });
  useEffect(() => () => clearTimeout(closeTimer.current), []);

  const canHover = (pointerType: string) =>
    hoverUnfurl && pointerType === 'mouse' && window.matchMedia?.(FINE_HOVER).matches === true;

  const onPointerEnter = (event: PointerEvent) => {
    if (!canHover(event.pointerType)) return;
    clearTimeout(closeTimer.current);
    if (!open) {
      openedByHover.current = true;
      setOpen(true);
    }
  };
  const onPointerLeave = (event: PointerEvent) => {
    if (!canHover(event.pointerType) || !openedByHover.current) return;
    if (rootRef.current?.contains(document.activeElement)) return;
    closeTimer.current = setTimeout(() => setHubOpen(false), HOVER_CLOSE_DELAY);
  };
  const onToggle = () => {
    if (open && openedByHover.current) {
      // The hub unfolded on hover; a click pins it open instead of snapping it shut.
      openedByHover.current = false;
      return;
    }
    setHubOpen(!open);
  };

  const searchSource = search ? { indexUrl: search.indexUrl, loadIndex: search.loadIndex } : null;
  const prefetch = () => {
    if (searchSource) prefetchSearchIndex(searchSource).catch(() => {});
  };
  const shareOptions = typeof share === 'object' ? share : {};
  const themeOptions = typeof theme === 'object' ? theme : {};

  const hub = (
    <nav
      ref={rootRef}
      aria-label={label}
      className={classNames('inkwell-nav', className)}
      data-state={open ? 'open' : 'closed'}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <button
        ref={buttonRef}
        type="button"
        className="inkwell-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={onToggle}
      >
        <PlusIcon className="inkwell-nav__toggle-icon" />
        <span className="inkwell-visually-hidden">{buttonLabel}</span>
      </button>
      <ul id={listId} className="inkwell-nav__items" inert={!open}>
        {search && (
          <li>
            <button
              type="button"
              className="inkwell-nav__item"
              onPointerEnter={prefetch}
              onFocus={prefetch}
              onClick={() => {
                setHubOpen(false);
                setSearchOpen(true);
              }}
            >
              <SearchIcon />
              <span>Search</span>
            </button>
          </li>
        )}
        {share && (
          <li>
            <ShareButton {...shareOptions} className="inkwell-nav__share" />
          </li>
        )}
        {theme && (
          <li>
            <ThemeToggle showLabel className="inkwell-nav__item" labels={themeOptions.labels} />
          </li>
        )}
        {home !== false && (
          <li>
            <Link href={home} className="inkwell-nav__item" onClick={() => setHubOpen(false)}>
              <HomeIcon />
              <span>Home</span>
            </Link>
          </li>
        )}
        {author && (
          <li>
            <Link
              href={author.href}
              className="inkwell-nav__item"
              rel="author"
              onClick={() => setHubOpen(false)}
            >
              <PersonIcon />
              <span>{author.label ?? 'Author'}</span>
            </Link>
          </li>
        )}
        {items.map((item) => (
          <li key={item.label}>
            {item.href !== undefined ? (
              <Link href={item.href} className="inkwell-nav__item" onClick={() => setHubOpen(false)}>
                {item.icon}
                <span>{item.label}</span>
              </Link>
            ) : (
              <button
                type="button"
                className="inkwell-nav__item"
                onClick={() => {
                  setHubOpen(false);
                  item.onSelect();
                }}
              >
                {item.icon}
                <span>{item.label}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );

  // Nothing on the server: the portal target only exists in the browser. The sheet sits beside the
  // hub, not inside it, so hovering the sheet does not unfold the hub behind it.
  return mounted
    ? createPortal(
        <>
          {hub}
          {search && (
            <SearchSheet
              {...search}
              open={searchOpen}
              onOpenChange={setSearchOpen}
              returnFocusRef={buttonRef}
            />
          )}
        </>,
        document.body,
      )
    : null;
}
