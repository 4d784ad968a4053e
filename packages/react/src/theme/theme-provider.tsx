'use client';

import { createContext, type ReactNode, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  createThemeStore,
  type ResolvedTheme,
  type ThemePreference,
  type ThemeStore,
  type ThemeStoreOptions,
} from './theme-store.js';

const ThemeContext = createContext<ThemeStore | null>(null);
let defaultStore: ThemeStore | null = null;

/** Props of {@link ThemeProvider}. */
export interface ThemeProviderProps extends ThemeStoreOptions {
  children?: ReactNode;
}

/**
 * Owns the reader's light / dark / system choice: persists it in `localStorage` (key `inkwell-theme`
 * unless `storageKey` says otherwise), syncs it across tabs, follows the operating system while the
 * choice is `system`, and mirrors it onto `<html data-theme="light|dark" data-theme-preference="…">`.
 * Pair it with {@link themeScript} in `<head>` so the first paint is already right.
 *
 * @example
 * ```tsx
 * 'use client';
 * import { ThemeProvider, ThemeToggle } from '@inkwell/react';
 *
 * export function Shell({ children }: { children: React.ReactNode }) {
 *   return (
 *     <ThemeProvider>
 *       <header><ThemeToggle /></header>
 *       {children}
 *     </ThemeProvider>
 *   );
 * }
 * ```
 */
export function ThemeProvider({ storageKey, defaultPreference, children }: ThemeProviderProps) {
  const store = useMemo(
    () => createThemeStore({ storageKey, defaultPreference }),
    [storageKey, defaultPreference],
  );
  useEffect(() => {
    // Covers pages without the head script, and keeps <html> in sync while nothing else subscribes.
    store.apply();
    return store.subscribe(() => {});
  }, [store]);
  return <ThemeContext.Provider value={store}>{children}</ThemeContext.Provider>;
}

/** What {@link useTheme} returns. */
export interface ThemeState {
  /** The reader's choice; `undefined` during the server render and hydration (it lives in the browser). */
  preference: ThemePreference | undefined;
  /** The theme shown; `undefined` during the server render and hydration. */
  resolvedTheme: ResolvedTheme | undefined;
  /** Saves a new choice, applies it, and tells other tabs. */
  setPreference: (preference: ThemePreference) => void;
}

const unknown = () => undefined;

/**
 * Reads and changes the theme. Works inside a {@link ThemeProvider}, or on its own with the default
 * storage key.
 *
 * @example
 * ```tsx
 * const { resolvedTheme, setPreference } = useTheme();
 * <button type="button" onClick={() => setPreference('dark')}>Dark</button>
 * ```
 */
export function useTheme(): ThemeState {
  const provided = useContext(ThemeContext);
  if (!provided && !defaultStore) defaultStore = createThemeStore();
  const store = provided ?? (defaultStore as ThemeStore);
  const preference = useSyncExternalStore(store.subscribe, store.getPreference, unknown);
  const resolvedTheme = useSyncExternalStore(store.subscribe, store.getResolvedTheme, unknown);
  return { preference, resolvedTheme, setPreference: store.setPreference };
}
