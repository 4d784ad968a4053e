import type { Decorator } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';

/** The toolbar's theme switch: the value is what `<html data-theme>` is set to. */
export const themeGlobalType = {
  description: 'Inkwell colour theme',
  toolbar: {
    title: 'Theme',
    icon: 'mirror',
    items: [
      { value: 'light', title: 'Light', icon: 'sun' },
      { value: 'dark', title: 'Dark', icon: 'moon' },
    ],
    dynamicTitle: true,
  },
} as const;

/**
 * Puts the toolbar's theme on `<html data-theme>`, where the stylesheet's tokens read it. Stories
 * about theming itself (ThemeToggle, which owns that attribute) opt out with
 * `parameters: { toolbarTheme: false }`.
 */
export const withToolbarTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const owned = context.parameters.toolbarTheme !== false;
  useLayoutEffect(() => {
    if (!owned) return;
    const root = document.documentElement;
    root.dataset.theme = theme;
    return () => {
      delete root.dataset.theme;
    };
  }, [owned, theme]);
  return <Story />;
};
