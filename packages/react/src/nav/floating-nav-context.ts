'use client';

import { createContext, type RefObject, useContext } from 'react';

/** What the parts of one hub share. */
export interface FloatingNavContextValue {
  open: boolean;
  /** Opens or closes the hub; `byHover` marks an unfold by hover (which a click then pins). */
  setOpen(open: boolean, byHover?: boolean): void;
  /** Whether the hub is open because the pointer hovered the button. */
  openedByHover(): boolean;
  /** Schedules closing after the pointer left (only after a hover unfold), or cancels that. */
  scheduleClose(pending: boolean): void;
  hoverUnfurl: boolean;
  listId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

export const FloatingNavContext = createContext<FloatingNavContextValue | null>(null);

/** The hub the part is in. */
export function useFloatingNav(part: string): FloatingNavContextValue {
  const value = useContext(FloatingNavContext);
  if (!value) throw new Error(`<FloatingNav.${part}> must be inside <FloatingNav.Root>.`);
  return value;
}
