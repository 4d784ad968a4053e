import { act, fireEvent, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeProvider, useTheme } from './theme-provider.js';
import { createThemeScript, THEME_STORAGE_KEY, themeScript } from './theme-script.js';
import { createThemeStore, nextThemePreference } from './theme-store.js';
import { ThemeToggle } from './theme-toggle.js';

const root = document.documentElement;
let systemDark = false;
const mediaListeners = new Set<() => void>();

beforeEach(() => {
  systemDark = false;
  localStorage.clear();
  root.removeAttribute('data-theme');
  root.removeAttribute('data-theme-preference');
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return query === '(prefers-color-scheme: dark)' && systemDark;
    },
    addEventListener: (_: string, listener: () => void) => mediaListeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => mediaListeners.delete(listener),
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  mediaListeners.clear();
});

describe('themeScript', () => {
  const run = (script: string) => new Function(script)();

  it('applies a saved choice to <html> before anything renders', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    run(themeScript);
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-theme-preference', 'dark');
  });

  it('resolves "system" and garbage through prefers-color-scheme', () => {
    systemDark = true;
    localStorage.setItem(THEME_STORAGE_KEY, '"purple"');
    run(themeScript);
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-theme-preference', 'system');
  });

  it('honours a custom key and default, and survives storage that throws', () => {
    localStorage.setItem('blog-theme', 'light');
    run(createThemeScript({ storageKey: 'blog-theme', defaultPreference: 'dark' }));
    expect(root).toHaveAttribute('data-theme', 'light');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => run(themeScript)).not.toThrow();
    vi.restoreAllMocks();
  });
});

describe('nextThemePreference', () => {
  it('from system, first flips what the reader sees, then returns to system', () => {
    expect(nextThemePreference('system', 'light')).toBe('dark');
    expect(nextThemePreference('dark', 'light')).toBe('light');
    expect(nextThemePreference('light', 'light')).toBe('system');
    expect(nextThemePreference('system', 'dark')).toBe('light');
    expect(nextThemePreference('light', 'dark')).toBe('dark');
    expect(nextThemePreference('dark', 'dark')).toBe('system');
  });
});

describe('theme store', () => {
  it('persists, applies and notifies', () => {
    const store = createThemeStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setPreference('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('follows another tab through storage events, and the OS while on system', () => {
    const store = createThemeStore();
    const unsubscribe = store.subscribe(() => {});
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'light' }));
    expect(root).toHaveAttribute('data-theme', 'light');
    localStorage.setItem(THEME_STORAGE_KEY, 'system');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'system' }));
    systemDark = true;
    for (const listener of mediaListeners) listener();
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-theme-preference', 'system');
    unsubscribe();
    expect(mediaListeners.size).toBe(0);
  });

  it('remembers the choice for the page when storage refuses writes', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createThemeStore();
    store.setPreference('dark');
    expect(store.getPreference()).toBe('dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    vi.restoreAllMocks();
  });
});

function Probe() {
  const { resolvedTheme } = useTheme();
  return <output>{resolvedTheme ?? 'unknown'}</output>;
}

describe('ThemeToggle', () => {
  it('moves through the themes on click and announces each', () => {
    render(
      <ThemeProvider>
        <ThemeToggle />
      </ThemeProvider>,
    );
    const button = screen.getByRole('button');
    fireEvent.click(button);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByRole('status')).toHaveTextContent('Theme: Dark');
    fireEvent.click(button);
    expect(root).toHaveAttribute('data-theme', 'light');
    fireEvent.click(button);
    expect(root).toHaveAttribute('data-theme-preference', 'system');
  });

  it('works without a provider, with the default key', () => {
    render(<ThemeToggle labels={{ theme: 'Thème', dark: 'Sombre' }} />);
    fireEvent.click(screen.getByRole('button'));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(screen.getByRole('status')).toHaveTextContent('Thème: Sombre');
  });

  it('hydrates server HTML without a mismatch even when a dark choice is saved', async () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const app = (
      <ThemeProvider>
        <ThemeToggle />
        <Probe />
      </ThemeProvider>
    );
    // The server snapshot knows no preference, so the server HTML says "unknown".
    const html = renderToString(app);
    expect(html).toContain('<output>unknown</output>');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, app, { onRecoverableError: errors });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // After hydration the real value shows.
    expect(container.querySelector('output')).toHaveTextContent('dark');
    consoleError.mockRestore();
    container.remove();
  });
});
