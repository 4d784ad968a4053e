'use client';

import { copyButtonContract as contract } from '@inkwell/core/copy-button';
import { useEffect } from 'react';
import { copyText } from '../internal/copy-text.js';
import { codeText } from './code-text.js';

/** Options of `useCopyButtons` and `<CopyButtons />`. */
export interface CopyButtonsOptions {
  /** Element whose copy buttons to wire. Default: the whole document (content rendered later included). */
  root?: { current: HTMLElement | null } | null;
  /** How long the check mark (or the failure) shows, in ms. Default 2000. */
  resetAfter?: number;
  /** Accessible names and screen-reader announcements, for another language. Default: English (Copy code, Copied, Copy failed). */
  labels?: Partial<CopyButtonLabels>;
}

/** Texts of a copy button in each state. */
export interface CopyButtonLabels {
  /** Accessible name of the idle button. Default `'Copy code'`. */
  copy: string;
  /** Name and polite announcement after copying. Default `'Copied'`. */
  copied: string;
  /** Name and announcement when the clipboard refused. Default `'Copy failed'`. */
  failed: string;
}

const defaultLabels: CopyButtonLabels = {
  copy: contract.buttonLabel,
  copied: 'Copied',
  failed: 'Copy failed',
};

type CopyState = 'copied' | 'failed' | 'idle';

/** Shows `state` on `button`: its name, its `data-state` (the stylesheet's clipboard or check icon) and its text. */
function showState(button: HTMLElement, state: CopyState, labels: CopyButtonLabels): void {
  const text = state === 'idle' ? labels.copy : labels[state];
  if (state === 'idle') button.removeAttribute(contract.stateAttribute);
  else button.setAttribute(contract.stateAttribute, state);
  button.textContent = text;
  button.setAttribute('aria-label', text);
}

/**
 * Makes every copy button that `@inkwell/core` puts on code blocks (`copyButtonContract`) copy its
 * block: one delegated click listener, so blocks rendered after mount work too. The stylesheet
 * draws it as a clipboard icon that appears while the pointer is over the block or focus is in it
 * (always, on touch screens); after a click it shows a check mark for 2 s (`data-state="copied"`,
 * or `"failed"`), and a polite live region says "Copied".
 *
 * @example
 * ```tsx
 * 'use client';
 * import { useCopyButtons } from '@inkwell/react';
 * export function PostBody({ html }: { html: string }) {
 *   useCopyButtons({ labels: { copy: 'Code kopieren', copied: 'Kopiert' } });
 *   return <article className="inkwell-prose" dangerouslySetInnerHTML={{ __html: html }} />;
 * }
 * ```
 */
export function useCopyButtons(options: CopyButtonsOptions = {}): void {
  const { root, resetAfter = 2000 } = options;
  const { copy, copied, failed } = { ...defaultLabels, ...options.labels };

  useEffect(() => {
    const labels = { copy, copied, failed };
    const target: HTMLElement | Document = root?.current ?? document;
    const status = document.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'inkwell-visually-hidden';
    document.body.append(status);
    const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
    // Buttons already on the page take the labels now (core writes English).
    for (const button of target.querySelectorAll<HTMLElement>(contract.buttonSelector))
      if (!button.hasAttribute(contract.stateAttribute)) showState(button, 'idle', labels);

    const onClick = async (event: Event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLElement>(contract.buttonSelector);
      if (!button || !target.contains(button)) return;
      const block = button.closest(contract.blockSelector) ?? button.parentElement;
      if (!block) return;
      status.textContent = '';
      const state = (await copyText(codeText(block))) ? 'copied' : 'failed';
      showState(button, state, labels);
      status.textContent = labels[state];
      clearTimeout(timers.get(button));
      timers.set(
        button,
        setTimeout(() => showState(button, 'idle', labels), resetAfter),
      );
    };

    target.addEventListener('click', onClick);
    return () => {
      target.removeEventListener('click', onClick);
      for (const timer of timers.values()) clearTimeout(timer);
      status.remove();
    };
  }, [root, resetAfter, copy, copied, failed]);
}
