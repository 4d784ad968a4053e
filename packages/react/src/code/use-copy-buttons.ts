'use client';

import { useEffect } from 'react';
import { copyText } from '../internal/copy-text.js';

/** Options of `useCopyButtons` and `<CopyButtons />`. */
export interface CopyButtonsOptions {
  /** Element whose copy buttons to wire. Default: the whole document (content rendered later included). */
  root?: { current: HTMLElement | null } | null;
  /** How long the "Copied" / "Copy failed" feedback shows, in ms. Default 2000. */
  resetAfter?: number;
  /** Visible button texts and screen-reader announcements. */
  labels?: Partial<CopyButtonLabels>;
}

/** Texts of a copy button in each state. */
export interface CopyButtonLabels {
  copy: string;
  copied: string;
  failed: string;
}

const defaultLabels: CopyButtonLabels = { copy: 'Copy', copied: 'Copied', failed: 'Copy failed' };

/** The text of a code block as written: one line per `[data-line]`, without the padding of empty lines. */
export function codeText(block: Element): string {
  const code = block.querySelector('pre code') ?? block.querySelector('pre') ?? block;
  const lines = code.querySelectorAll('[data-line]');
  if (lines.length === 0) return code.textContent ?? '';
  // rehype-pretty-code pads empty lines with one space so they keep their height.
  return Array.from(lines, (line) => (line.textContent === ' ' ? '' : (line.textContent ?? ''))).join('\n');
}

/**
 * Makes every `<button data-inkwell-copy>` that `@inkwell/core` puts on code blocks copy its block:
 * one delegated click listener, so blocks rendered after mount work too. The button shows
 * `data-state="copied"` or `data-state="failed"` (and its text and label say so) for a moment, and a
 * polite live region announces the result to screen readers.
 *
 * @example
 * ```tsx
 * 'use client';
 * import { useCopyButtons } from '@inkwell/react';
 * export function PostBody({ html }: { html: string }) {
 *   useCopyButtons();
 *   return <article className="inkwell-prose" dangerouslySetInnerHTML={{ __html: html }} />;
 * }
 * ```
 */
export function useCopyButtons(options: CopyButtonsOptions = {}): void {
  const { root, resetAfter = 2000 } = options;
  const { copy, copied, failed } = { ...defaultLabels, ...options.labels };

  useEffect(() => {
    const target: HTMLElement | Document = root?.current ?? document;
    const status = document.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'inkwell-visually-hidden';
    document.body.append(status);
    const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

    const show = (button: HTMLElement, state: 'copied' | 'failed' | 'idle') => {
      const text = state === 'copied' ? copied : state === 'failed' ? failed : copy;
      if (state === 'idle') delete button.dataset.state;
      else button.dataset.state = state;
      button.textContent = text;
      button.setAttribute('aria-label', state === 'idle' ? `${copy} code` : text);
      if (state !== 'idle') status.textContent = text;
    };

    const onClick = async (event: Event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-inkwell-copy]');
      if (!button || !target.contains(button)) return;
      const block = button.closest('figure') ?? button.parentElement;
      if (!block) return;
      status.textContent = '';
      const ok = await copyText(codeText(block));
      show(button, ok ? 'copied' : 'failed');
      clearTimeout(timers.get(button));
      timers.set(
        button,
        setTimeout(() => show(button, 'idle'), resetAfter),
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
