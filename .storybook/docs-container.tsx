import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { type PropsWithChildren, useEffect, useState } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';

type Theme = 'light' | 'dark';
type Globals = Record<string, unknown>;

/** The toolbar's theme as the docs page starts with it (from the URL's globals, else light). */
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
    // A story's own `globals` (a Dark story in its frame) announce themselves too: they must not turn
    // the whole docs page dark, so only the reader's choice counts.
    const onGlobals = ({ globals, storyGlobals }: { globals: Globals; storyGlobals?: Globals }) => {
      if (storyGlobals && 'theme' in storyGlobals) return;
      setTheme(globals.theme === 'dark' ? 'dark' : 'light');
    };
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    return () => context.channel.off(GLOBALS_UPDATED, onGlobals);
  }, [context]);
  return (
    <DocsContainer context={context} theme={theme === 'dark' ? themes.dark : themes.light}>
      {children}
    </DocsContainer>
  );
}
