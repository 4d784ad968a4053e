// No "use client" here on purpose: a server component (a Next.js root layout) imports this string.

/**
 * The `localStorage` key under which the reader's theme choice is saved: `'light' | 'dark' | 'system'`.
 *
 * @example
 * ```ts
 * localStorage.getItem(THEME_STORAGE_KEY); // 'dark'
 * ```
 */
export const THEME_STORAGE_KEY = 'inkwell-theme';

/** Options of {@link createThemeScript}. */
export interface ThemeScriptOptions {
  /** `localStorage` key; must match `ThemeProvider`'s `storageKey`. Default {@link THEME_STORAGE_KEY}. */
  storageKey?: string;
  /** Preference used when nothing is saved. Default `'system'`. */
  defaultPreference?: 'light' | 'dark' | 'system';
}

/**
 * Builds the inline `<head>` script that applies the saved theme before the first paint. It sets
 * `data-theme="light" | "dark"` (the resolved theme the stylesheet keys off) and
 * `data-theme-preference="light" | "dark" | "system"` on `<html>`. Use it only when you change the
 * storage key or default; otherwise use {@link themeScript}.
 *
 * @example
 * ```tsx
 * <script dangerouslySetInnerHTML={{ __html: createThemeScript({ storageKey: 'my-blog-theme' }) }} />
 * ```
 */
export function createThemeScript({
  storageKey = THEME_STORAGE_KEY,
  defaultPreference = 'system',
}: ThemeScriptOptions = {}): string {
  const key = JSON.stringify(storageKey);
  const fallback = JSON.stringify(defaultPreference);
  // Kept tiny and ES5: it runs render-blocking in <head>, before any bundle.
  return `(function(){try{var d=document.documentElement,p=localStorage.getItem(${key});if(p!=='light'&&p!=='dark'&&p!=='system')p=${fallback};var r=p==='system'?(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'):p;d.setAttribute('data-theme',r);d.setAttribute('data-theme-preference',p)}catch(e){}})()`;
}

/**
 * Inline script for `<head>` that applies the reader's saved theme before the first paint, so a dark-mode
 * reader never sees a flash of the light page. Safe to import from a server component.
 *
 * @example
 * ```tsx
 * // app/layout.tsx (Next.js, a server component)
 * import { themeScript } from '@inkwell/react';
 *
 * export default function RootLayout({ children }: { children: React.ReactNode }) {
 *   return (
 *     <html lang="en" suppressHydrationWarning>
 *       <head>
 *         <script dangerouslySetInnerHTML={{ __html: themeScript }} />
 *       </head>
 *       <body>{children}</body>
 *     </html>
 *   );
 * }
 * ```
 */
export const themeScript: string = createThemeScript();
