import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';
import './preview.css';
import { describeComponent } from './component-description.js';
import { ThemedDocsContainer } from './docs-container.js';
import { expectVisibleOnLoad } from './visible-on-load.js';

/** Applies the toolbar's theme to `<html data-theme>`, as the package's head script does on a site. */
const withTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme as string | undefined;
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  return <Story />;
};

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
    await expectVisibleOnLoad(context.canvasElement, startedAt, `${context.title} › ${context.name}`);
  }
  return context.canvas;
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    // Accessibility violations fail the story's test, in Storybook and in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { codePanel: true, container: ThemedDocsContainer, extractComponentDescription: describeComponent },
  },
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
  decorators: [withTheme],
  mount,
  tags: ['autodocs'],
};

export default preview;
