'use client';

import { type RefObject, useEffect, useRef } from 'react';

/** Why a layer is being dismissed. */
export type DismissReason = 'escape' | 'outside';

// Open layers, innermost last: Escape closes only the innermost one (a share panel inside the hub).
const layers: object[] = [];

/**
 * Closes a non-modal layer (the hub, the share panel) on Escape and on a pointer press outside it.
 * On Escape, focus goes back to `returnFocusRef` when it was inside the layer; an outside click
 * never moves focus. Listeners exist only while `open`.
 */
export function useDismissableLayer({
  open,
  rootRef,
  returnFocusRef,
  onDismiss,
}: {
  open: boolean;
  rootRef: RefObject<HTMLElement | null>;
  returnFocusRef: RefObject<HTMLElement | null>;
  onDismiss: (reason: DismissReason) => void;
}): void {
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;

  useEffect(() => {
    if (!open) return;
    const layer = {};
    layers.push(layer);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || layers.at(-1) !== layer) return;
      const root = rootRef.current;
      const focusWasInside = !!root && root.contains(document.activeElement);
      event.preventDefault();
      dismissRef.current('escape');
      if (focusWasInside) returnFocusRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const root = rootRef.current;
      if (root && event.target instanceof Node && !root.contains(event.target)) dismissRef.current('outside');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      layers.splice(layers.indexOf(layer), 1);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, rootRef, returnFocusRef]);
}
