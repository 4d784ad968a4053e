import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';
import './preview.css';
import { InlineDocsContext } from '../packages/react/test/stories/story-main.js';
import { describeComponent } from './component-description.js';
import { defaultsFromDescriptions } from './default-values.js';
import { ThemedDocsContainer } from './docs-container.js';
import { InkwellDocsPage } from './docs-page.js';
import { expectVisibleOnLoad } from './visible-on-load.js';

/**
 * Applies the toolbar's theme to `<html data-theme>`, as the package's head script does on a site.
 * Stories whose component owns the page theme (ThemeToggle) set `parameters.themeToolbar: false`.
 */
const withTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme as string | undefined;
  const owned = context.parameters.themeToolbar === false;
  if (!owned && (theme === 'light' || theme === 'dark')) document.documentElement.dataset.theme = theme;
  return <Story />;
};

/** Tells stories whether they share a docs page's document with others (see `StoryMain`). */
const withDocsContext: Decorator = (Story, context) => (
  <InlineDocsContext.Provider value={context.viewMode === 'docs'}>
    <Story />
  </InlineDocsContext.Provider>
);

/** Vitest browser mode (`pnpm test`), the way Storybook itself detects it. */
const inStoryTests = () => '__vitest_browser__' in globalThis;

/**
 * Renders the story as React's own `mount` does, then, in the story test run, waits for it to show
 * something before the play function starts (see visible-on-load.ts). Stories hidden from the sidebar
 * (`tags: ['!dev']`) are interaction tests and may start blank.
 */
const mount: Preview['mount'] = (context) => async (ui) => {
  if (ui != null) context.originalStoryFn = () => ui;
  const startedAt = performance.now();
  await context.renderToCanvas();
  if (inStoryTests() && context.viewMode === 'story' && context.tags.includes('dev')) {
    await expectVisibleOnLoad(
      context.canvasElement,
      startedAt,
      `${context.title} › ${context.name}`,
      context.parameters.visibleOnLoad?.selector,
    );
  }
  return context.canvas;
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    // Accessibility violations fail the story's test, in Storybook and in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      codePanel: true,
      container: ThemedDocsContainer,
      page: InkwellDocsPage,
      extractComponentDescription: describeComponent,
    },
  },
  // Light unless the toolbar (or a story's `globals`) says dark: every story sets the page's theme,
  // so a dark story never leaves the next one dark.
  initialGlobals: { theme: 'light' },
  globalTypes: {
    theme: {
      description: 'Inkwell theme (sets <html data-theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [withTheme, withDocsContext],
  argTypesEnhancers: [defaultsFromDescriptions],
  mount,
  tags: ['autodocs'],
};

export default preview;
