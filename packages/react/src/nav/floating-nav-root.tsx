'use client';

import { type ReactNode, useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { classNames } from '../internal/class-names.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { useDismissableLayer } from '../internal/use-dismissable-layer.js';
import { FloatingNavContext, type FloatingNavContextValue, useFloatingNav } from './floating-nav-context.js';
import { PlusIcon } from './nav-icons.js';

const FINE_HOVER = '(hover: hover) and (pointer: fine)';
const HOVER_CLOSE_DELAY = 300;
const subscribeNothing = () => () => {};

/** Props of {@link FloatingNavRoot}. */
export interface FloatingNavRootProps {
  /** Controlled open state of the hub. Default: uncontrolled — the hub keeps its own open state. */
  open?: boolean;
  /** Initial open state when uncontrolled. Default `false`. */
  defaultOpen?: boolean;
  /**
   * Called with the hub's new open state (button, hover, Escape, a click outside). Default: none (the
   * hub still opens and closes itself when uncontrolled).
   */
  onOpenChange?: (open: boolean) => void;
  /** Unfold when the pointer rests on the button, where it can hover precisely (mouse, trackpad). Default `true`. */
  hoverUnfurl?: boolean;
  /** Accessible name of the navigation landmark. Default `'Quick navigation'`. */
  label?: string;
  /** Extra class names on the navigation landmark. Default: none (only `inkwell-nav`). */
  className?: string;
  /** A `FloatingNav.Trigger` and a `FloatingNav.Content`. Default: none (an empty landmark). */
  children?: ReactNode;
}

/**
 * The hub's landmark, fixed at the bottom-right above the home indicator and rendered into
 * `document.body` (a transformed ancestor cannot break its position). It owns the open state
 * (`open` / `defaultOpen` / `onOpenChange`, `data-state`) and closes on Escape (focus back on the
 * button) and on a click outside. While closed, only the button takes the pointer.
 *
 * @example
 * ```tsx
 * <FloatingNav.Root>
 *   <FloatingNav.Trigger />
 *   <FloatingNav.Content>
 *     <FloatingNav.Search />
 *     <FloatingNav.Item href="/" label="Home" icon={<HomeIcon aria-hidden />} />
 *   </FloatingNav.Content>
 * </FloatingNav.Root>
 * ```
 */
export function FloatingNavRoot({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  hoverUnfurl = true,
  label = 'Quick navigation',
  className,
  children,
}: FloatingNavRootProps) {
  const [open, setOpenState] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const mounted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const listId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const byHover = useRef(false);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(closeTimer.current), []);

  const value = useMemo<FloatingNavContextValue>(() => {
    const setOpen = (next: boolean, hover = false) => {
      clearTimeout(closeTimer.current);
      byHover.current = next && hover;
      setOpenState(next);
    };
    return {
      open,
      setOpen,
      openedByHover: () => byHover.current,
      scheduleClose(pending) {
        clearTimeout(closeTimer.current);
        if (!pending || !byHover.current || rootRef.current?.contains(document.activeElement)) return;
        closeTimer.current = setTimeout(() => setOpen(false), HOVER_CLOSE_DELAY);
      },
      hoverUnfurl,
      listId,
      buttonRef,
    };
  }, [open, setOpenState, hoverUnfurl, listId]);
  useDismissableLayer({ open, rootRef, returnFocusRef: buttonRef, onDismiss: () => value.setOpen(false) });

  // Nothing on the server: the portal target only exists in the browser.
  if (!mounted) return null;
  return createPortal(
    <FloatingNavContext.Provider value={value}>
      <nav
        ref={rootRef}
        aria-label={label}
        className={classNames('inkwell-nav', className)}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={() => value.scheduleClose(false)}
        onPointerLeave={(event) => event.pointerType === 'mouse' && value.scheduleClose(true)}
      >
        {children}
      </nav>
    </FloatingNavContext.Provider>,
    document.body,
  );
}

/** Props of {@link FloatingNavTrigger}. */
export interface FloatingNavTriggerProps {
  /** Accessible name of the round button. Default `'Menu'`. */
  label?: string;
  /** The icon; default a plus that the stylesheet turns into a cross while open. */
  icon?: ReactNode;
}

/**
 * The round button that opens and closes the hub (`aria-expanded`, `aria-controls`). On precise
 * pointers, resting the pointer on it unfolds the hub (without moving focus); a click then pins it.
 *
 * @example
 * ```tsx
 * <FloatingNav.Trigger label="Menü" />
 * ```
 */
export function FloatingNavTrigger({ label = 'Menu', icon }: FloatingNavTriggerProps) {
  const nav = useFloatingNav('Trigger');
  return (
    <button
      ref={nav.buttonRef}
      type="button"
      className="inkwell-nav__toggle"
      aria-expanded={nav.open}
      aria-controls={nav.listId}
      onPointerEnter={(event) => {
        const fine = event.pointerType === 'mouse' && window.matchMedia?.(FINE_HOVER).matches === true;
        if (nav.hoverUnfurl && fine && !nav.open) nav.setOpen(true, true);
      }}
      onClick={() => {
        // The hub unfolded on hover; a click pins it open instead of snapping it shut.
        if (nav.open && nav.openedByHover()) nav.setOpen(true);
        else nav.setOpen(!nav.open);
      }}
    >
      {icon ?? <PlusIcon className="inkwell-nav__toggle-icon" />}
      <span className="inkwell-visually-hidden">{label}</span>
    </button>
  );
}

/**
 * The list of entries (inert while the hub is closed). Put `FloatingNav.Item`, `.Search`, `.Share`
 * and `.Theme` in it; the first one sits nearest the button.
 *
 * @example
 * ```tsx
 * <FloatingNav.Content>
 *   <FloatingNav.Theme />
 * </FloatingNav.Content>
 * ```
 */
export function FloatingNavContent({ children }: { children?: ReactNode }) {
  const nav = useFloatingNav('Content');
  return (
    <ul id={nav.listId} className="inkwell-nav__items" inert={!nav.open}>
      {children}
    </ul>
  );
}
