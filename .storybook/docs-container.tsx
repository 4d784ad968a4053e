import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { type PropsWithChildren, useEffect, useState } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';

type Theme = 'light' | 'dark';

/** The toolbar's theme as this docs page's preview has it (from the URL's globals, else light). */
function initialTheme(context: DocsContainerProps['context']): Theme {
  try {
    const story = context.storyById();
    return context.getStoryContext(story).globals.theme === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light'; // a docs page without stories
  }
}

/**
 * Docs pages in the toolbar's theme: Storybook's own dark docs chrome (text, props table, code blocks)
 * around stories drawn dark, instead of dark stories on a white page.
 */
export function ThemedDocsContainer({ context, children }: PropsWithChildren<DocsContainerProps>) {
  const [theme, setTheme] = useState<Theme>(() => initialTheme(context));
  useEffect(() => {
    // Re-read this page's own globals rather than trusting the event: the channel also carries the
    // events of the page's framed stories (each its own preview, with its own globals, such as a Dark
    // story's), which must not set the whole docs page's theme.
    const onGlobals = () => setTheme(initialTheme(context));
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    return () => context.channel.off(GLOBALS_UPDATED, onGlobals);
  }, [context]);
  // The page behind the docs too (as the theme decorator does for a story): a props table wider than
  // a phone overflows the docs wrapper onto <html>, which would stay light under dark docs text.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <DocsContainer context={context} theme={theme === 'dark' ? themes.dark : themes.light}>
      {children}
    </DocsContainer>
  );
}
