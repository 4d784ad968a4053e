'use client';

import { type KeyboardEvent, type RefObject, useEffect } from 'react';

const TABBABLE =
  'a[href]:not([tabindex="-1"]), button:not([disabled]):not([tabindex="-1"]), input:not([disabled]):not([tabindex="-1"]), [tabindex]:not([tabindex="-1"])';

function showModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  // Old browsers (and jsdom) lack showModal: the sheet still opens, without the inert backdrop.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function' && dialog.open) dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * Shows and hides the native modal dialog while `open`: it renders in the top layer (no ancestor
 * can clip it) and makes the rest of the page inert. Focus goes to `inputRef` on open, and back to
 * `returnFocusRef` (else whatever had it) on close.
 */
export function useModalDialog(
  dialogRef: RefObject<HTMLDialogElement | null>,
  inputRef: RefObject<HTMLInputElement | null>,
  open: boolean,
  returnFocusRef?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    showModal(dialog);
    inputRef.current?.focus();
    return () => {
      closeDialog(dialog);
      const target = returnFocusRef?.current ?? previous;
      if (target?.isConnected) target.focus();
    };
  }, [dialogRef, inputRef, open, returnFocusRef]);
}

/** Escape closes; Tab wraps inside the sheet instead of escaping to the browser's toolbar. */
export function onDialogKeyDown(event: KeyboardEvent<HTMLDialogElement>, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    return;
  }
  if (event.key !== 'Tab') return;
  const tabbable = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
  const first = tabbable[0];
  const last = tabbable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
