import localFont from 'next/font/local';

/**
 * The two self-hosted webfonts (variable, Latin subset, from @fontsource-variable): served from the
 * site itself, never a font CDN. `display: 'optional'` means text is never re-laid out when a font
 * arrives late (no layout shift): the first visit may show the fallback, which next/font metric-matches
 * to Inter (size-adjust, ascent/descent overrides), and later visits use the cached font.
 */
export const sans = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'optional',
  variable: '--font-sans',
  fallback: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'sans-serif'],
});

/** Code only: not preloaded, so pages without code never fetch it. */
export const mono = localFont({
  src: '../node_modules/@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2',
  weight: '100 800',
  display: 'optional',
  preload: false,
  variable: '--font-mono',
  adjustFontFallback: false,
  fallback: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
});
