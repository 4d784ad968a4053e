'use client';

import { useEffect, useRef } from 'react';

/** True when a key press is meant for a text field, so `/` must type a slash, not open search. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

/**
 * Global shortcuts: Cmd+K / Ctrl+K toggles search from anywhere; `/` opens it when the reader is not
 * typing in a field.
 */
export function useSearchShortcuts(enabled: boolean, open: boolean, setOpen: (open: boolean) => void): void {
  const state = useRef({ open, setOpen });
  state.current = { open, setOpen };

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const { open: isOpen, setOpen: set } = state.current;
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        set(!isOpen);
        return;
      }
      if (
        event.key === '/' &&
        !isOpen &&
        !event.metaKey &&
        !event.ctrlKey &&
        !event.altKey &&
        !isTypingTarget(event.target)
      ) {
        event.preventDefault();
        set(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
