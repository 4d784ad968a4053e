import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

// hydrateRoot is driven with React's act() directly (not Testing Library's render, which would not hydrate).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Browser globals a server does not have. */
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'location',
  'IntersectionObserver',
  'ResizeObserver',
  'requestAnimationFrame',
  'CSS',
] as const;

/**
 * Renders `element` to HTML the way a server does: the browser globals the jsdom environment
 * provides are hidden for the duration, so a component that reads `window` during render fails
 * here exactly as it would under Node.
 */
export function renderOnServer(element: ReactElement): string {
  const saved = browserGlobals.map(
    (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
  );
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
  }
  try {
    return renderToString(element);
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}

/** The server HTML, hydrated in the DOM: fails on any console error or recoverable (mismatch) error. */
export async function hydrateServerHtml(
  element: ReactElement,
): Promise<{ container: HTMLElement; root: Root; html: string }> {
  const html = renderOnServer(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const consoleError = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  let root: Root | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    // Effects that run after hydration (stored preferences, observers) settle here.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(recoverable).toEqual([]);
    expect(consoleError.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual([]);
  } finally {
    consoleError.mockRestore();
  }
  return { container, root: root as Root, html };
}
