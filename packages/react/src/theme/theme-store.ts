import { local } from '../internal/storage.js';
import { THEME_STORAGE_KEY } from './theme-script.js';

/** What the reader chose: a fixed theme, or "follow the operating system". */
export type ThemePreference = 'light' | 'dark' | 'system';
/** The theme actually shown: `system` resolved through `prefers-color-scheme`. */
export type ResolvedTheme = 'light' | 'dark';

/** Options shared by `ThemeProvider` and `createThemeScript`. */
export interface ThemeStoreOptions {
  /** `localStorage` key. Default `'inkwell-theme'`. */
  storageKey?: string;
  /** Preference used when nothing is saved. Default `'system'`. */
  defaultPreference?: ThemePreference;
}

/**
 * The reader's theme: saved in `localStorage`, mirrored onto `<html data-theme data-theme-preference>`,
 * and kept in sync with other tabs (`storage` events) and with the operating system (`matchMedia`).
 * Nothing touches `window` until a method is called.
 */
export interface ThemeStore {
  subscribe(listener: () => void): () => void;
  getPreference(): ThemePreference;
  getResolvedTheme(): ResolvedTheme;
  setPreference(preference: ThemePreference): void;
  /** Writes the current theme onto `<html>`. */
  apply(): void;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Reads a stored value; anything but the three known preferences counts as unset. */
export function parseThemePreference(value: string | null | undefined): ThemePreference | null {
  return value === 'light' || value === 'dark' || value === 'system' ? value : null;
}

function systemQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

/** @internal Creates a {@link ThemeStore}; `ThemeProvider` does this for you. */
export function createThemeStore({
  storageKey = THEME_STORAGE_KEY,
  defaultPreference = 'system',
}: ThemeStoreOptions = {}): ThemeStore {
  const listeners = new Set<() => void>();
  // Remembers the choice for this page when storage is unavailable (private mode, quota, disabled).
  let fallback: ThemePreference | null = null;
  let media: MediaQueryList | null = null;

  const getPreference = () => parseThemePreference(local.get(storageKey)) ?? fallback ?? defaultPreference;
  const getResolvedTheme = (): ResolvedTheme => {
    const preference = getPreference();
    if (preference !== 'system') return preference;
    return systemQuery()?.matches ? 'dark' : 'light';
  };
  const apply = () => {
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    root.setAttribute('data-theme', getResolvedTheme());
    root.setAttribute('data-theme-preference', getPreference());
  };
  const changed = () => {
    apply();
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared all of storage.
    if (event.key !== storageKey && event.key !== null) return;
    fallback = parseThemePreference(event.newValue);
    changed();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') {
        window.addEventListener('storage', onStorage);
        media = systemQuery();
        media?.addEventListener?.('change', changed);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') {
          window.removeEventListener('storage', onStorage);
          media?.removeEventListener?.('change', changed);
          media = null;
        }
      };
    },
    getPreference,
    getResolvedTheme,
    setPreference(preference) {
      fallback = preference;
      local.set(storageKey, preference);
      changed();
    },
    apply,
  };
}

/**
 * The preference a theme toggle moves to next. From `system` it always flips the visible theme first,
 * so the first press never looks like it did nothing: system → opposite → same as system → system.
 *
 * @example
 * ```ts
 * nextThemePreference('system', 'light'); // 'dark'
 * nextThemePreference('dark', 'light'); // 'light'
 * nextThemePreference('light', 'light'); // 'system'
 * ```
 */
export function nextThemePreference(preference: ThemePreference, system: ResolvedTheme): ThemePreference {
  const opposite: ResolvedTheme = system === 'dark' ? 'light' : 'dark';
  if (preference === 'system') return opposite;
  if (preference === opposite) return system;
  return 'system';
}

/** The operating system's theme right now (`light` outside a browser). */
export function getSystemTheme(): ResolvedTheme {
  return systemQuery()?.matches ? 'dark' : 'light';
}
